import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { Kpi, KpiDelivery, KpiDeliveryInput, KpiEnterpriseConnection } from './kpis.models.js';
import { KpisService } from './kpis.service.js';

@Resolver(() => Kpi)
export class KpisResolver {
  constructor(private readonly service: KpisService) {}

  @Query(() => [Kpi], { description: 'The plan KPIs for a year (default: this year) as of a date (default: today, or 31 Dec of a past year); one sub-park or the park' })
  kpis(
    @CurrentScope() scope: Scope,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('subParkId', { type: () => ID, nullable: true }) subParkId?: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
  ): Promise<Kpi[]> {
    return this.service.kpis(scope, year, subParkId, asOf);
  }

  @Query(() => KpiEnterpriseConnection, { description: 'Drill-down: the enterprises behind a computed KPI, keyset-paged' })
  kpiEnterprises(
    @CurrentScope() scope: Scope,
    @Args('code') code: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('subParkId', { type: () => ID, nullable: true }) subParkId?: string,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<KpiEnterpriseConnection> {
    return this.service.enterprises(scope, code, { year, subParkId, asOf, first, after });
  }

  @Query(() => [KpiDelivery], { description: 'Construction deliveries, newest first' })
  kpiDeliveries(
    @CurrentScope() scope: Scope,
    @Args('code', { type: () => String, nullable: true }) code?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<KpiDelivery[]> {
    return this.service.deliveries(scope, code, year);
  }

  @Mutation(() => KpiDelivery, { description: 'ADMIN: record a construction delivery (factory m², commercial m², talent apartments)' })
  recordKpiDelivery(@CurrentScope() scope: Scope, @Args('input') input: KpiDeliveryInput): Promise<KpiDelivery> {
    return this.service.recordDelivery(scope, input);
  }
}
