import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ErrorCode } from './domain-error.js';

/** The JSON body limit of POST /graphql (Nest's default): inline imports fit about 900 CSV rows. */
export const GRAPHQL_BODY_LIMIT = '100kb';

/**
 * Errors raised before GraphQL runs — a body that is not JSON, one over the size limit — answered in GraphQL's shape
 * with a contract code, on /graphql, instead of Express's `{ statusCode, message }`. Errors of GraphQL operations are
 * left to Apollo and formatGraphQLError; other routes keep Nest's handling.
 */
@Catch()
export class HttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (!req.path?.startsWith('/graphql') || res.headersSent) return super.catch(exception, host);
    const e = exception as { status?: number; statusCode?: number; type?: string; message?: string };
    const status = exception instanceof HttpException ? exception.getStatus() : (e.status ?? e.statusCode ?? 500);
    if (status >= 500) return super.catch(exception, host);
    const tooLarge = status === 413 || e.type === 'entity.too.large';
    const message = tooLarge
      ? `The request body is larger than ${GRAPHQL_BODY_LIMIT.toUpperCase()} (about 900 CSV rows inline). Upload larger files to POST /imports/enterprises instead.`
      : `The request body is not valid JSON: ${String(e.message ?? '').slice(0, 200)}`;
    res.status(tooLarge ? 413 : 400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body' } }] });
    return undefined;
  }
}
