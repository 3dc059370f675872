import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';

export const DATA_CHANGED_CHANNEL = 'lz_data_changed';

/**
 * A number that moves whenever the data may have changed: on every committed write anywhere (PostgreSQL
 * NOTIFY from statement triggers, see migration DataChangeNotify) and on this process's own mutations (bump, so
 * a caller reads their own write without waiting for the notification). Anything cached under one epoch is
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
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'lianzhao-api-listen' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.epoch++;
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
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
