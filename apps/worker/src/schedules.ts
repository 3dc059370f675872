import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOB_QUEUE, QueueRegistry, type JobName } from '../../../libs/platform/src/index.js';

/** Recurring jobs, in Asia/Shanghai time. upsertJobScheduler is idempotent, so every worker may register them. */
const SCHEDULES: { id: string; job: JobName; pattern: string }[] = [
  { id: 'refresh-stale-leads', job: 'RefreshStaleLeads', pattern: '5 * * * *' },
  { id: 'purge-outbox', job: 'PurgeOutbox', pattern: '30 3 * * *' },
  // The weekly digest (周报) of the week that just ended: Monday 08:00.
  { id: 'weekly-digests', job: 'WeeklyDigests', pattern: '0 8 * * 1' },
  { id: 'reconcile-digests', job: 'ReconcileDigests', pattern: '20 * * * *' },
];

@Injectable()
export class Schedules implements OnApplicationBootstrap {
  constructor(private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queues.get(JOB_QUEUE[s.job]).upsertJobScheduler(s.id, { pattern: s.pattern, tz: 'Asia/Shanghai' }, { name: s.job, data: {} });
    }
  }
}
