import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChainNode } from '../../chains/src/chains.models.js';
import { ChainsService } from '../../chains/src/chains.service.js';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import { SubPark } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { loadSubPark } from '../../identity/src/sub-park-loader.js';
import { requestLoader } from '../../platform/src/index.js';
import { EnterpriseFilter, EnterpriseInput } from './enterprise.input.js';
import { ChainRole, Enterprise, EnterpriseConnection, EnterpriseNode, EnterpriseSort, ImportReport } from './enterprises.models.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterprisesService } from './enterprises.service.js';
import { EnterpriseImportService } from './import/enterprise-import.service.js';
import { ImportLang } from './enterprises.models.js';

@Resolver(() => Enterprise)
export class EnterprisesResolver {
  constructor(
    private readonly service: EnterprisesService,
    private readonly repo: EnterprisesRepository,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
    private readonly imports: EnterpriseImportService,
  ) {}

  @Mutation(() => ImportReport, { description: 'CSV with a header row (English or Chinese headers). All or nothing: any bad row and nothing is written' })
  importEnterprises(
    @CurrentScope() scope: Scope,
    @Args('csv') csv: string,
    @Args('lang', { type: () => ImportLang, nullable: true, defaultValue: ImportLang.zh }) lang: ImportLang,
  ): Promise<ImportReport> {
    return this.imports.importInline(scope, 'csv', csv, lang ?? ImportLang.zh);
  }

  @Mutation(() => ImportReport, { description: 'The same as importEnterprises for an XLSX file (first sheet), base64-encoded' })
  importEnterprisesXlsx(
    @CurrentScope() scope: Scope,
    @Args('base64') base64: string,
    @Args('lang', { type: () => ImportLang, nullable: true, defaultValue: ImportLang.zh }) lang: ImportLang,
  ): Promise<ImportReport> {
    return this.imports.importInline(scope, 'xlsx', Buffer.from(base64, 'base64'), lang ?? ImportLang.zh);
  }

  @Query(() => ImportReport, { description: 'The kept report of an import (uploaded files are imported by a job)' })
  importReport(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('lang', { type: () => ImportLang, nullable: true, defaultValue: ImportLang.zh }) lang: ImportLang,
  ): Promise<ImportReport> {
    return this.imports.report(scope, id, lang ?? ImportLang.zh);
  }

  @Query(() => Enterprise, { nullable: true })
  enterprise(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('uscc', { nullable: true }) uscc?: string,
  ): Promise<Enterprise | null> {
    return this.service.get(scope, { id, uscc });
  }

  @Query(() => EnterpriseConnection, { description: 'Keyset-paged registry; pass pageInfo.endCursor as `after` for the next page' })
  enterprises(
    @CurrentScope() scope: Scope,
    @Args('filter', { type: () => EnterpriseFilter, nullable: true }) filter?: EnterpriseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('sort', { type: () => EnterpriseSort, nullable: true, defaultValue: EnterpriseSort.NAME }) sort: EnterpriseSort = EnterpriseSort.NAME,
  ) {
    return this.service.list(scope, filter, sort ?? EnterpriseSort.NAME, first, after);
  }

  @Mutation(() => Enterprise)
  createEnterprise(@CurrentScope() scope: Scope, @Args('input') input: EnterpriseInput): Promise<Enterprise> {
    return this.service.create(scope, input);
  }

  @Mutation(() => Enterprise)
  updateEnterprise(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string, @Args('input') input: EnterpriseInput): Promise<Enterprise> {
    return this.service.update(scope, id, input);
  }

  @ResolveField(() => [EnterpriseNode])
  async chainNodes(@Parent() e: Enterprise, @Context() ctx: GqlContext): Promise<EnterpriseNode[]> {
    const loader = requestLoader<string, EnterpriseNode[]>(ctx, 'enterprise.chainNodes', async (ids) => {
      const links = await this.repo.nodesOf(ids);
      const nodes = await this.chains.nodesByCodes([...new Set(links.map((l) => l.node_code))]);
      return ids.map((id) =>
        links.filter((l) => String(l.enterprise_id) === id).map((l) => ({ node: nodes.get(l.node_code) as ChainNode, role: l.role as ChainRole })),
      );
    });
    return loader.load(e.id);
  }

  @ResolveField(() => SubPark, { nullable: true })
  async subPark(@Parent() e: Enterprise, @Context() ctx: GqlContext): Promise<SubPark | null> {
    return e.subParkId ? loadSubPark(ctx, this.subParks, e.subParkId) : null;
  }
}

@Resolver(() => EnterpriseConnection)
export class EnterpriseConnectionResolver {
  constructor(private readonly enterprises: EnterprisesService) {}

  @ResolveField(() => Int)
  totalCount(@CurrentScope() scope: Scope, @Parent() connection: EnterpriseConnection & { filter?: EnterpriseFilter }): Promise<number> {
    return this.enterprises.count(scope, connection.filter);
  }

  @ResolveField(() => Int, {
    description: 'How many match, counted no further than `limit` (1–100,000): limit + 1 means "more than limit". Cheap at any size, where totalCount reads every match',
  })
  boundedCount(
    @CurrentScope() scope: Scope,
    @Parent() connection: EnterpriseConnection & { filter?: EnterpriseFilter },
    @Args('limit', { type: () => Int }) limit: number,
  ): Promise<number> {
    return this.enterprises.boundedCount(scope, connection.filter, limit);
  }
}
