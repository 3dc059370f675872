import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { AppConfig, createRedis, QUEUES, type JobName } from '../../../libs/platform/src/index.js';
import { JobRunsService } from '../../../libs/job-runs/src/job-runs.service.js';
import { JOB_HANDLERS, type JobHandler, type JobHandlers } from './job-handlers.js';

const CONCURRENCY: Record<(typeof QUEUES)[number], number> = { profiles: 4, 'chain-gaps': 1, imports: 1, maintenance: 2 };

/**
 * One BullMQ Worker per queue, dispatching by job name. On SIGTERM `close()` lets active jobs finish
 * (BullMQ moves jobs of a killed process back to waiting once their lock expires, so a crash loses nothing).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    private readonly jobRuns: JobRunsService,
  ) {}

  onApplicationBootstrap(): void {
    for (const queue of QUEUES) {
      const worker = new Worker(
        queue,
        async (job) => {
          const handler = this.handlers[job.name as JobName] as JobHandler<JobName> | undefined;
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          return handler(job.data, job);
        },
        {
          connection: createRedis(this.config.REDIS_URL, 'worker'),
          prefix: this.config.QUEUE_PREFIX,
          concurrency: CONCURRENCY[queue],
          // A killed worker's job is picked up again within seconds; runs checkpoint, so the retry carries on.
          lockDuration: 15_000,
          stalledInterval: 5_000,
        },
      );
      worker.on('failed', (job, err) => {
        this.logger.warn(`${queue}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
        // Out of retries: the run a user is watching through job(id) must say so, not stay ACTIVE forever.
        const runId = (job?.data as { runId?: string } | undefined)?.runId;
        if (job && runId && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.jobRuns.fail(runId, err.message);
      });
      worker.on('error', (err) => this.logger.warn(`${queue} worker: ${err.message}`));
      this.workers.push(worker);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
