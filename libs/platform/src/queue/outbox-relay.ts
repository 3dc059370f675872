import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobName } from './jobs.js';
import { purgeSentOutbox } from './outbox.js';
import { QueueRegistry } from './queue-registry.js';

interface ClaimedRow {
  id: string;
  job_name: JobName;
  payload: never;
  dedupe_key: string | null;
  coalesce_ms: number | null;
}

const ADD_TIMEOUT_MS = 3000;

/**
 * Moves outbox rows into BullMQ. Any number of relays may run (API and worker replicas): each claims rows
 * with FOR UPDATE SKIP LOCKED, adds the jobs, and marks the rows sent in the same transaction. If Redis is
 * unreachable the transaction rolls back and the rows wait. The job id is derived from the row id, so a
 * crash between "added" and "marked sent" re-adds the same id, which BullMQ ignores: delivered once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private redisDown = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  /** Relays one batch; returns how many rows were marked sent (0 when nothing waited or Redis is down). */
  async relayBatch(limit = 200): Promise<number> {
    try {
      const sent = await this.dataSource.transaction(async (manager) => {
        const rows: ClaimedRow[] = await manager.query(
          `SELECT id, job_name, payload, dedupe_key, coalesce_ms FROM outbox
           WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        if (rows.length === 0) return 0;
        for (const row of coalesce(rows)) {
          const added = row.coalesce_ms
            ? this.queues.addCoalesced(row.job_name, row.payload, row.dedupe_key!, row.coalesce_ms)
            : this.queues.add(row.job_name, row.payload, { jobId: `ob-${row.id}` });
          await withTimeout(added, ADD_TIMEOUT_MS);
        }
        await manager.query('UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [
          rows.map((r) => r.id),
        ]);
        return rows.length;
      });
      if (this.redisDown) this.logger.log('Redis reachable again; outbox relay resumed');
      this.redisDown = false;
      return sent;
    } catch (error) {
      const message = (error as Error).message;
      if (!this.redisDown) this.logger.warn(`Outbox relay paused: ${message}`);
      this.redisDown = true;
      // The batch rolled back; what kept the oldest waiting rows is kept on them (best effort: the database may be the cause).
      await this.dataSource
        .query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1)', [limit, message.slice(0, 1000)])
        .catch(() => undefined);
      return 0;
    }
  }

  /** Drains everything that is waiting now (used by tests and by the loop). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  /** Daily: sent rows have done their work; unsent ones stay with their last error. */
  async purgeSent(olderThanDays = 7): Promise<{ deleted: number }> {
    return { deleted: await purgeSentOutbox(this.dataSource.manager, olderThanDays) };
  }

  start(intervalMs = 250): void {
    const tick = async () => {
      this.running = this.drain().catch(() => 0);
      await this.running;
      if (this.timer !== undefined) this.timer = setTimeout(tick, this.redisDown ? intervalMs * 8 : intervalMs);
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}

/** Within one claimed batch, messages sharing a dedupe key become one job: the newest row carries it. */
function coalesce(rows: ClaimedRow[]): ClaimedRow[] {
  const byKey = new Map<string, ClaimedRow>();
  const singles: ClaimedRow[] = [];
  for (const row of rows) {
    if (row.dedupe_key) byKey.set(row.dedupe_key, row);
    else singles.push(row);
  }
  return [...singles, ...byKey.values()];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]);
}
