import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from '../../../libs/platform/src/index.js';

export type JobHandler<K extends JobName> = (payload: JobPayloads[K], job: Job<JobPayloads[K]>) => Promise<unknown>;

/** One handler per job name; the type makes a missing handler a compile error, not a stuck queue. */
export type JobHandlers = { [K in JobName]: JobHandler<K> };
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
