import { Controller, Get, HttpException, HttpStatus, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, closeRedis, createRedis, QueueRegistry } from '../../../libs/platform/src/index.js';
import { liveWorkers } from '../../../libs/platform/src/worker-heartbeat.js';

@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private redis?: Redis;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  /**
   * 200 while this API can serve (PostgreSQL and Redis answer), 503 when it cannot, saying which is down — for a load
   * balancer or a person. The worker is reported too: without one the API still serves ("degraded", 200), but jobs
   * (imports, profiles, digests) wait until a worker is back.
   */
  @Get()
  async health() {
    const [database, redis, worker] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      this.queues.ping().then((ok) => (ok ? ('up' as const) : ('down' as const))),
      this.workerState(),
    ]);
    const serving = database === 'up' && redis === 'up';
    const body = { status: !serving ? 'error' : worker === 'up' ? 'ok' : 'degraded', database, redis, worker };
    if (!serving) throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  private async workerState(): Promise<'up' | 'down' | 'unknown'> {
    try {
      if (!this.redis) {
        // Offline queue on: the first /health after start must not fail only because the connection is still opening.
        this.redis = createRedis(this.config.REDIS_URL, 'producer', { enableOfflineQueue: true });
        this.redis.on('error', () => undefined);
      }
      return (await liveWorkers(this.redis, this.config.QUEUE_PREFIX)) > 0 ? 'up' : 'down';
    } catch {
      return 'unknown'; // Redis itself is down: reported on its own line
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedis(this.redis);
  }
}
