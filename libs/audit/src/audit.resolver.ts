import { Args, Context, Field, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import GraphQLJSON from '../../platform/src/graphql/json-scalar.js';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import { User } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { loadUser } from '../../identity/src/user-loader.js';
import { AuditFilter } from './audit-filter.input.js';
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

@Resolver(() => AuditLog)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [AuditLog], { description: 'ADMIN: who changed what, newest first; filter by who, what and when; page with `after` = the last id seen' })
  auditLogs(
    @CurrentScope() scope: Scope,
    @Args('entity', { nullable: true }) entity?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => ID, nullable: true }) after?: string,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
  ): Promise<AuditLog[]> {
    return this.audit.list(scope, { ...filter, entity: entity ?? filter?.entity ?? undefined, entityId: entityId ?? filter?.entityId ?? undefined }, first, after ?? undefined);
  }

  @Query(() => [String], { description: 'ADMIN: the kinds of record the audit log holds entries for' })
  auditEntities(@CurrentScope() scope: Scope): Promise<string[]> {
    return this.audit.entities(scope);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acted; null when the system did' })
  actor(@Parent() row: AuditLog, @Context() ctx: GqlContext): Promise<User | null> | null {
    return row.actorId ? loadUser(ctx, this.dataSource, row.actorId) : null;
  }
}
