import type { EntityManager } from 'typeorm';
import type { JobName, OutboxMessage } from './jobs.js';

/**
 * Records background work in the caller's transaction: if the change rolls back, so does the job; if Redis
 * is down, the row waits for the relay. Nothing here talks to Redis.
 */
export async function enqueueInTransaction<K extends JobName>(manager: EntityManager, message: OutboxMessage<K>): Promise<void> {
  await manager.query('INSERT INTO outbox (job_name, payload, dedupe_key, coalesce_ms) VALUES ($1, $2, $3, $4)', [
    message.name,
    JSON.stringify(message.payload),
    message.dedupeKey ?? null,
    message.coalesceMs ?? null,
  ]);
}

/** Bulk form for imports: one statement for many messages. */
export async function enqueueManyInTransaction<K extends JobName>(manager: EntityManager, messages: OutboxMessage<K>[]): Promise<void> {
  if (messages.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (job_name, payload, dedupe_key)
     SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[])`,
    [messages.map((m) => m.name), messages.map((m) => JSON.stringify(m.payload)), messages.map((m) => m.dedupeKey ?? null)],
  );
}

/** The probe job: answers its note, after holding a worker slot for `holdMs` (at most 30 s) when asked. */
export async function ping(payload: { note: string; holdMs?: number }): Promise<{ pong: string }> {
  const hold = Math.min(Math.max(payload.holdMs ?? 0, 0), 30_000);
  if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
  return { pong: payload.note };
}

/** Sent rows older than `olderThanDays` go; rows never sent stay, with the error that kept them. */
export async function purgeSentOutbox(manager: EntityManager, olderThanDays = 7): Promise<number> {
  const [, deleted] = await manager.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`, [olderThanDays]);
  return deleted;
}
