import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOB_QUEUE, QueueRegistry, type JobName } from '../../../libs/platform/src/index.js';

/** Recurring jobs, in Asia/Shanghai time. upsertJobScheduler is idempotent, so every worker may register them. */
const SCHEDULES: { id: string; job: JobName; pattern: string }[] = [
  { id: 'refresh-stale-leads', job: 'RefreshStaleLeads', pattern: '5 * * * *' },
  { id: 'purge-outbox', job: 'PurgeOutbox', pattern: '30 3 * * *' },
  // The weekly digest (周报) of the week that just ended: Monday 08:00.
  { id: 'weekly-digests', job: 'WeeklyDigests', pattern: '0 8 * * 1' },
  { id: 'reconcile-digests', job: 'ReconcileDigests', pattern: '20 * * * *' },
];

/**
 * The schedulers live in Redis: a Redis restarted without persistence comes back without them. So they are registered
 * at start and again every time the connection is ready after being lost (idempotent either way).
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(Schedules.name);
  private readonly watched = new WeakSet<object>();

  constructor(private readonly queues: QueueRegistry) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    for (const queue of new Set(SCHEDULES.map((s) => this.queues.get(JOB_QUEUE[s.job])))) {
      const client = await (queue.backend as unknown as { client: Promise<{ on(event: 'ready', fn: () => void): unknown }> }).client;
      if (this.watched.has(client)) continue;
      this.watched.add(client);
      client.on('ready', () =>
        void this.register().then(
          () => this.logger.log('Redis is back: job schedulers registered again'),
          (e: Error) => this.logger.warn(`Could not register the job schedulers again: ${e.message}`),
        ),
      );
    }
  }

  async register(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queues.get(JOB_QUEUE[s.job]).upsertJobScheduler(s.id, { pattern: s.pattern, tz: 'Asia/Shanghai' }, { name: s.job, data: {} });
    }
  }
}
