import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';

export const DATA_CHANGED_CHANNEL = 'lz_data_changed';
const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/**
 * A number that moves whenever the data may have changed: on every committed write anywhere (PostgreSQL
 * NOTIFY from statement triggers, see migration DataChangeNotify) and on this process's own mutations (bump, so
 * a caller reads their own write without waiting for the notification). The listening connection must reach
 * PostgreSQL directly: a transaction-pooling proxy (PgBouncer) does not carry LISTEN. Anything cached under one epoch is
 * never served under another. While the listening connection is down nothing may be cached: `current()` is null.
 */
@Injectable()
export class DataEpoch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DataEpoch.name);
  private epoch = 0;
  private client: pg.Client | null = null;
  private live = false;
  private closing = false;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly config: AppConfig) {}

  current(): number | null {
    return this.live ? this.epoch : null;
  }

  bump(): void {
    this.epoch++;
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    // keepAlive and the heartbeat notice a connection that died without a word (a NAT timeout, a failover).
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'lianzhao-api-listen', keepAlive: true });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.epoch++;
      if (this.heartbeat) clearInterval(this.heartbeat);
      this.heartbeat = null;
      client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn(`Change notifications lost (${why}); caching is off until they are back`);
      this.retry = setTimeout(() => void this.listen(), 1000);
    };
    this.client = client;
    client.on('notification', () => this.epoch++);
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      // Whatever happened while nobody listened is unknown: start a new epoch.
      this.epoch++;
      this.live = true;
      this.heartbeat = setInterval(() => {
        const timeout = setTimeout(() => lost('no answer to the heartbeat'), HEARTBEAT_TIMEOUT_MS);
        client.query('SELECT 1').then(
          () => clearTimeout(timeout),
          (error: Error) => (clearTimeout(timeout), lost(error.message)),
        );
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
