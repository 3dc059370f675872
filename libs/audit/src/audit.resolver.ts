import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from '../../platform/src/graphql/json-scalar.js';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { AuditService } from './audit.service.js';

@ObjectType()
export class FieldChangeView {
  @Field() field: string;
  @Field(() => GraphQLJSON, { nullable: true }) old: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) new: unknown;
}

@ObjectType()
export class AuditLog {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() action: string;
  @Field() entity: string;
  @Field(() => ID) entityId: string;
  @Field(() => [FieldChangeView]) changes: FieldChangeView[];
  @Field() at: Date;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditLog], { description: 'ADMIN: who changed what, newest first; page with `after` = the last id seen' })
  auditLogs(
    @CurrentScope() scope: Scope,
    @Args('entity', { nullable: true }) entity?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => ID, nullable: true }) after?: string,
  ): Promise<AuditLog[]> {
    return this.audit.list(scope, { entity, entityId }, first, after);
  }
}
