/**
 * Every queue and every job the system runs, with its payload type, in one place: a producer cannot enqueue
 * a job name that does not exist or a payload of the wrong shape, and a processor receives exactly that shape.
 */
export const QUEUES = ['profiles', 'chain-gaps', 'imports', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Re-profile one enterprise after it changed (coalesced per enterprise). */
  ProfileEnterprise: { enterpriseId: string };
  /** Re-profile the enterprises an import wrote (one message per written batch). */
  ProfileEnterprises: { enterpriseIds: string[] };
  /** Re-profile every enterprise (after a model activation or on demand). */
  RecomputeProfiles: { runId: string };
  /** Re-analyse chain gaps and matches; runId when someone watches it through job(id). */
  RecomputeChainGaps: { runId?: string };
  /** Import a large enterprise file that was uploaded (kept in the imports table). */
  ImportEnterprises: { importId: string; runId: string };
  /** Refresh stale-lead flags and notify owners (hourly, and on demand). */
  RefreshStaleLeads: Record<string, never>;
  /** Build every recipient's digest of a week (Monday 08:00 Asia/Shanghai for the week that ended; or on demand). */
  WeeklyDigests: { weekStart?: string };
  /** Mail one built digest (exactly once: the digest row's send state decides, not the job). */
  SendDigest: { digestId: string };
  /** Re-enqueue digests whose mail is still to go (a send out of retries while SMTP was down); hourly. */
  ReconcileDigests: Record<string, never>;
  /** Delete outbox rows sent more than a week ago (daily); unsent rows stay with their last error. */
  PurgeOutbox: Record<string, never>;
  /** Test and operations probe: proves a job went through the outbox and the worker. */
  Ping: { note: string; holdMs?: number };
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  ProfileEnterprise: 'profiles',
  ProfileEnterprises: 'profiles',
  RecomputeProfiles: 'profiles',
  RecomputeChainGaps: 'chain-gaps',
  ImportEnterprises: 'imports',
  RefreshStaleLeads: 'maintenance',
  WeeklyDigests: 'maintenance',
  SendDigest: 'maintenance',
  ReconcileDigests: 'maintenance',
  PurgeOutbox: 'maintenance',
  Ping: 'maintenance',
};

export interface OutboxMessage<K extends JobName = JobName> {
  name: K;
  payload: JobPayloads[K];
  /** Messages with the same key that wait together are delivered as one job (a burst of edits → one re-profile). */
  dedupeKey?: string;
  /** With a dedupeKey: run once, this many ms after the first message, for every message of the key meanwhile. */
  coalesceMs?: number;
}

/** Jobs a person can watch through `job(id)`: each carries the id of its job run. */
export type TrackedJobName = { [K in JobName]: JobPayloads[K] extends { runId?: string } ? K : never }[JobName];
