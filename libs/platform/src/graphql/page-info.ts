import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/domain-error.js';
import { isBoundedId, isStorableText } from '../errors/input-scalars.js';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * Keyset cursors: the sort key values of the last row seen, opaque to clients. Paging never uses OFFSET, so
 * page 5,000 costs what page 1 costs and rows inserted meanwhile are neither skipped nor repeated.
 */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What a cursor position holds, so that a cursor edited by hand is an input error here, not a failed cast in SQL. */
export type CursorValue = 'id' | 'timestamp' | 'number' | 'text';

const CURSOR_CHECKS: Record<CursorValue, (v: unknown) => boolean> = {
  id: (v) => isBoundedId(typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && Number.isFinite(Date.parse(v)),
  number: (v) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d{1,30}(\.\d{1,30})?$/.test(v)),
  text: (v) => typeof v === 'string' && v.length <= 1000 && isStorableText(v),
};

/**
 * `shape` names what each position holds (the last is the row id); a bare arity checks the id and that the rest are
 * plain values. Anything else — not base64 JSON, another length, a value of the wrong type — is BAD_USER_INPUT on `after`.
 */
export function decodeCursor(cursor: string, shape: number | readonly (CursorValue | `${CursorValue}?`)[]): (string | number | null)[] {
  const kinds = typeof shape === 'number' ? [...Array.from({ length: Math.max(0, shape - 1) }, () => null), 'id' as const] : shape;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(values) &&
      values.length === kinds.length &&
      values.every((v, i) => {
        const kind = kinds[i];
        if (kind === null) return v === null || typeof v === 'number' || (typeof v === 'string' && CURSOR_CHECKS.text(v));
        if (kind!.endsWith('?') && v === null) return true;
        return CURSOR_CHECKS[kind!.replace('?', '') as CursorValue](v);
      })
    ) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the input error
  }
  throw badInput('after', 'after: not a cursor from this list');
}

/** Page size within sane bounds: a client cannot ask for a million rows in one go. */
export function pageSize(first: number | undefined | null, fallback = 20, max = 200): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput('first', `first: must be between 0 and ${max}`);
  return first;
}
