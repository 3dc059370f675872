import type { EntityManager } from 'typeorm';
import type { JobName, OutboxMessage } from './jobs.js';

/**
 * Records background work in the caller's transaction: if the change rolls back, so does the job; if Redis
 * is down, the row waits for the relay. Nothing here talks to Redis.
 */
export async function enqueueInTransaction<K extends JobName>(manager: EntityManager, message: OutboxMessage<K>): Promise<void> {
  await manager.query('INSERT INTO outbox (job_name, payload, dedupe_key) VALUES ($1, $2, $3)', [
    message.name,
    JSON.stringify(message.payload),
    message.dedupeKey ?? null,
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
