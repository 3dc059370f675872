import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error.js';

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

/** Apollo's own codes that already mean "the client sent something wrong". */
const CLIENT_INPUT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * One place turns whatever was thrown into the contract's error shape: a code every client can switch on,
 * the field for input errors, and never a stack trace or an internal message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
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

function variableName(message: string): string | undefined {
  return /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1] ?? /argument "([A-Za-z0-9_]+)"/.exec(message)?.[1];
}
