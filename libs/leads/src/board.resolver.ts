import { Args, Context, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ENTERPRISE_HEAD_FIELDS } from '../../enterprises/src/enterprises.repository.js';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { ownSelection, requestLoader, selectedAt } from '../../platform/src/index.js';
import { BoardService, type BoardColumn, type CardRelations } from './board.service.js';
import { LeadFilter } from './lead.input.js';
import type { LeadStage } from './lead-stage.js';
import { LeadConnection, PipelineColumn } from './leads.models.js';
import { LeadsService } from './leads.service.js';

type ScopedColumn = BoardColumn & { scope: Scope; filter?: LeadFilter };
type ScopedConnection = LeadConnection & { scope: Scope; filter?: LeadFilter };

/**
 * `pipeline` is the board: when its columns ask for their first cards, the whole board — totals, cards and
 * the cards' enterprise, owner, sub-park and last activity — comes from one BoardService call, so no
 * per-card resolver runs for those.
 */
@Resolver(() => PipelineColumn)
export class BoardResolver {
  constructor(
    private readonly board: BoardService,
    private readonly leadsService: LeadsService,
  ) {}

  @Query(() => [PipelineColumn], { description: 'Every stage with count and expected investment over what you may see; add leads(first) per column for a board' })
  async pipeline(
    @CurrentScope() scope: Scope,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => LeadFilter, nullable: true }) filter?: LeadFilter,
  ): Promise<ScopedColumn[]> {
    const cards = selectedAt(info, ownSelection(info), 'leads');
    const nodes = cards && !cards.args.after ? selectedAt(info, selectedAt(info, cards.selectionSet, 'edges')?.selectionSet, 'node') : undefined;
    const enterprise = nodes && selectedAt(info, nodes.selectionSet, 'enterprise');
    const relations: CardRelations | undefined = nodes && {
      enterprise: !!enterprise && [...enterprise.fields].every((f) => ENTERPRISE_HEAD_FIELDS.has(f)),
      owner: nodes.fields.has('owner'),
      subPark: nodes.fields.has('subPark'),
      lastActivity: nodes.fields.has('lastActivity'),
    };
    const first = cards?.args.first as number | undefined;
    const columns = await this.board.board(scope, filter, relations && { first: first ?? 20, relations, fields: nodes?.fields });
    // A column's cards can still answer totalCount: they carry the scope and the column's filter.
    return columns.map((c) => ({ ...c, cards: c.cards && { ...c.cards, scope, filter: { ...filter, stage: c.stage } }, scope, filter }));
  }

  /** The cards of a column: attached by `pipeline` when it could, else paged (with `after`) or batched per request. */
  @ResolveField(() => LeadConnection)
  async leads(
    @Parent() column: ScopedColumn,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<LeadConnection> {
    if (after) return this.leadsService.list(column.scope, { ...column.filter, stage: column.stage }, first, after);
    if (column.cards && column.cardsFirst === first) return column.cards;
    const loader = requestLoader<LeadStage, LeadConnection>(ctx, `board:${first}`, async (stages) => {
      const byStage = await this.leadsService.firstOfEachStage(column.scope, column.filter, first);
      return stages.map((s) => ({ ...byStage.get(s)!, scope: column.scope, filter: { ...column.filter, stage: s } }));
    });
    return loader.load(column.stage);
  }
}

@Resolver(() => LeadConnection)
export class LeadConnectionResolver {
  constructor(private readonly service: LeadsService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() c: ScopedConnection): Promise<number> {
    return this.service.count(c.scope, c.filter);
  }
}
