import { IntrinsicException } from '@nestjs/common';

/** Every error a client can see carries one of these codes (the API contract's list). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_COMPLEX = 'TOO_COMPLEX',
}

/** Expected outcomes (bad input, no access…): Nest's exception handler does not log an IntrinsicException as a server error. */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field, details);
export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message = 'This record was changed by someone else; reload and try again') =>
  new DomainError(ErrorCode.CONFLICT, message);

/** Makes a switch over ErrorCode exhaustive: a new code nobody maps does not compile. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unmapped value ${String(value)}`);
}
