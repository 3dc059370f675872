import type { FieldChange } from './audit-log.entity.js';

const SECRET_FIELDS = new Set(['passwordHash', 'password']);

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** The fields whose value differs between two snapshots; secrets are recorded as changed, never by value. */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const oldValue = normalise(before?.[field]);
    const newValue = normalise(after?.[field]);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes.push(SECRET_FIELDS.has(field) ? { field, old: '***', new: '***' } : { field, old: oldValue, new: newValue });
  }
  return changes;
}
