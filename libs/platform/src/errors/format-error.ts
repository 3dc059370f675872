import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error.js';

const LIMIT_MESSAGE = /limit of \d+ exceeded|contains more tha[nt] \d+ tokens/i;

/** Apollo's own codes that already mean "the client sent something wrong". */
const CLIENT_INPUT_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST',
  // An operationName the document does not define; a persisted-query hash (they are switched off: graphql.config.ts).
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface DatabaseError {
  code?: string;
  detail?: string;
  constraint?: string;
}

/**
 * What PostgreSQL refuses because of the data a client sent, as the contract's codes: the edge checks catch these
 * first, but a race (two creates of one USCC at once) or a value no check foresaw must still not answer 500.
 * - 23505 unique violation: someone has it already — BAD_USER_INPUT naming the column, as the checked path does;
 * - 23503 foreign key: what it names does not exist — BAD_USER_INPUT naming the column;
 * - class 22 (data exception: out of range, bad text representation, bad date…) — BAD_USER_INPUT.
 */
export function databaseInputError(error: unknown): DomainError | null {
  if (!(error instanceof Error) || error.name !== 'QueryFailedError') return null;
  const db = error as Error & DatabaseError;
  const column = /Key \(([a-z_]+)(?:,[^)]*)?\)=/.exec(db.detail ?? '')?.[1];
  const field = column?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (db.code === '23505') return new DomainError(ErrorCode.BAD_USER_INPUT, `${field ?? 'input'}: already taken by another record`, field);
  if (db.code === '23503') return new DomainError(ErrorCode.BAD_USER_INPUT, `${field ?? 'input'}: refers to a record that does not exist`, field);
  if (db.code?.startsWith('22')) return new DomainError(ErrorCode.BAD_USER_INPUT, 'a value is out of range or not valid for its field');
  return null;
}

/**
 * One place turns whatever was thrown into the contract's error shape: a code every client can switch on,
 * the field for input errors, and never a stack trace or an internal message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = databaseInputError(unwrapped) ?? (isEntityNotFound(unwrapped) ? new DomainError(ErrorCode.NOT_FOUND, 'Not found') : unwrapped);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  if (LIMIT_MESSAGE.test(formatted.message)) {
    return { ...base, extensions: { code: ErrorCode.TOO_COMPLEX } };
  }
  if (original instanceof HttpException && original.getStatus() < 500) {
    // Nest guards and pipes outside our own mapping still must not leak as 500s.
    const status = original.getStatus();
    const code = status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : ErrorCode.BAD_USER_INPUT;
    return { ...base, extensions: { code } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_INPUT_CODES.has(code)) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, field: variableName(formatted.message) } };
  }
  // Resolver failures were already logged with their stack by Nest's exception handler.
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const isEntityNotFound = (e: unknown) => e instanceof Error && e.name === 'EntityNotFoundError';

function variableName(message: string): string | undefined {
  return /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1] ?? /argument "([A-Za-z0-9_]+)"/.exec(message)?.[1];
}
