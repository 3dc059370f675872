import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig, closeRedis, createRedis, QUEUES, type JobName } from '../../../libs/platform/src/index.js';
import { beat, HEARTBEAT_EVERY_MS, workerHeartbeatKey, workerHeartbeatMember } from '../../../libs/platform/src/worker-heartbeat.js';
import { JobRunsService } from '../../../libs/job-runs/src/job-runs.service.js';
import { EnterpriseImportService } from '../../../libs/enterprises/src/import/enterprise-import.service.js';
import { JOB_HANDLERS, type JobHandler, type JobHandlers } from './job-handlers.js';

const CONCURRENCY: Record<(typeof QUEUES)[number], number> = { profiles: 4, 'chain-gaps': 1, imports: 1, maintenance: 2 };
/**
 * A job whose worker died under it twice (killed, out of memory) is not given a third worker to kill: BullMQ fails
 * it on its next pick-up with "job stalled more than allowable limit", and the run says why in words.
 */
const MAX_STALLED = 1;
const STALLED_REASON = 'the worker stopped twice while running this job (it may need more memory than a job may use); it was not retried again';

/**
 * One BullMQ Worker per queue, dispatching by job name. On SIGTERM `close()` lets active jobs finish
 * (BullMQ moves jobs of a killed process back to waiting once their lock expires, so a crash loses nothing).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  /** BullMQ closes only the connections it made: the ones handed to it are ours to end. */
  private readonly connections: Redis[] = [];
  private heartbeat?: { redis: Redis; timer: NodeJS.Timeout };

  constructor(
    private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    private readonly jobRuns: JobRunsService,
    private readonly imports: EnterpriseImportService,
  ) {}

  onApplicationBootstrap(): void {
    // The API's /health reports the worker from this beat.
    const redis = createRedis(this.config.REDIS_URL, 'producer', { enableOfflineQueue: true });
    redis.on('error', () => undefined);
    const tick = () => void beat(redis, this.config.QUEUE_PREFIX).catch(() => undefined);
    this.heartbeat = { redis, timer: setInterval(tick, HEARTBEAT_EVERY_MS) };
    this.heartbeat.timer.unref();
    tick();
    for (const queue of QUEUES) {
      const connection = createRedis(this.config.REDIS_URL, 'worker');
      this.connections.push(connection);
      const worker = new Worker(
        queue,
        async (job) => {
          const handler = this.handlers[job.name as JobName] as JobHandler<JobName> | undefined;
          if (!handler) throw new Error(`No handler for job ${job.name}`);
          return handler(job.data, job);
        },
        {
          connection,
          prefix: this.config.QUEUE_PREFIX,
          concurrency: CONCURRENCY[queue],
          // A killed worker's job is picked up again within seconds; runs checkpoint, so the retry carries on.
          lockDuration: 15_000,
          stalledInterval: 5_000,
          maxStalledCount: MAX_STALLED,
        },
      );
      worker.on('failed', (job, err) => {
        this.logger.warn(`${queue}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
        if (job) void this.afterFailure(job, err).catch((e: Error) => this.logger.warn(`${queue}/${job.name} ${job.id}: could not record the failure: ${e.message}`));
      });
      worker.on('error', (err) => this.logger.warn(`${queue} worker: ${err.message}`));
      this.workers.push(worker);
    }
  }

  /**
   * Out of retries — or failed without running because it kept ending its worker — the run a user is watching
   * through job(id) must say so, not stay ACTIVE forever. BullMQ's own state decides what "final" means.
   */
  private async afterFailure(job: Job, err: Error): Promise<void> {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || (await job.getState()) === 'failed';
    if (!final) return;
    const stalled = /stalled more than allowable limit/.test(err.message);
    const reason = stalled ? STALLED_REASON : err.message;
    const data = job.data as { runId?: string; importId?: string } | undefined;
    if (job.name === 'ImportEnterprises' && data?.importId) {
      await this.imports.failUploaded(
        data.importId,
        stalled ? { zh: '导入进程两次中止（文件可能需要过多内存），未写入任何数据，不再重试', en: STALLED_REASON } : undefined,
      );
    } else if (data?.runId) {
      await this.jobRuns.fail(data.runId, reason);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.connections.map(closeRedis));
    if (this.heartbeat) {
      clearInterval(this.heartbeat.timer);
      await this.heartbeat.redis.zrem(workerHeartbeatKey(this.config.QUEUE_PREFIX), workerHeartbeatMember()).catch(() => undefined);
      await closeRedis(this.heartbeat.redis);
    }
  }
}
