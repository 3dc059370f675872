import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../../platform/src/index.js';
import type { Scope } from './scope.js';

export interface GqlContext {
  req: Request;
  scope: Scope | null;
  /** Per-request DataLoaders live here so batching never leaks between callers. */
  loaders: Map<string, unknown>;
}

export const IS_PUBLIC = 'lianzhao:public';
/** Marks an operation anyone may call (login). Everything else needs a signed-in caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentScope = createParamDecorator((_data: unknown, ctx: ExecutionContext): Scope => {
  const scope = GqlExecutionContext.create(ctx).getContext<GqlContext>().scope;
  if (!scope) throw unauthenticated();
  return scope;
});
