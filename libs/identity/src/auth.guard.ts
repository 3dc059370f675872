import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../../platform/src/index.js';
import { IS_PUBLIC, type GqlContext } from './current-scope.js';

/** Global guard: every GraphQL operation needs a verified token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const { scope } = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (!scope) throw unauthenticated();
    return true;
  }
}
