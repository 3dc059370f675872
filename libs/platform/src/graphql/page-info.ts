import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/domain-error.js';

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

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(values) && values.length === arity) return values;
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
