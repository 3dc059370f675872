import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';
import { JOB_QUEUE, QUEUES, type JobName, type JobPayloads, type QueueName } from './jobs.js';
import { closeRedis, createRedis } from './redis.js';

/** The producer side of BullMQ: one Queue per name over one fail-fast connection, created on first use. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private connection?: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.connection ??= createRedis(this.config.REDIS_URL, 'producer');
      // BullMQ logs connection errors itself through 'error' events; without a listener Node would crash.
      this.connection.on('error', () => undefined);
      queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return QUEUES.map((q) => this.get(q));
  }

  async add<K extends JobName>(name: K, payload: JobPayloads[K], opts: { jobId?: string } = {}) {
    return this.get(JOB_QUEUE[name]).add(name, payload, {
      jobId: opts.jobId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 10000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /**
   * At most one job per window for a key: the first request schedules it `windowMs` ahead and later ones in the
   * window join it, so a burst of changes leads to one run that sees all of them.
   */
  async addCoalesced<K extends JobName>(name: K, payload: JobPayloads[K], key: string, windowMs: number) {
    return this.get(JOB_QUEUE[name]).add(name, payload, {
      delay: windowMs,
      deduplication: { id: key, ttl: windowMs },
      attempts: 3,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async ping(): Promise<boolean> {
    try {
      this.get('maintenance');
      return (await this.connection!.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    if (this.connection) await closeRedis(this.connection);
  }
}
