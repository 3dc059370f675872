import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnterprisesRepository } from '../../enterprises/src/enterprises.repository.js';
import type { Enterprise } from '../../enterprises/src/enterprises.models.js';
import type { SubPark, User } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { usersByIds } from '../../identity/src/user-loader.js';
import type { LeadFilter } from './lead.input.js';
import type { Lead, LeadConnection, PipelineColumn } from './leads.models.js';
import { LeadsService } from './leads.service.js';

/** Which relations of each card to attach; a relation left out is resolved per field, if asked for. */
export interface CardRelations {
  enterprise: boolean;
  owner: boolean;
  subPark: boolean;
  lastActivity: boolean;
}

export type BoardColumn = PipelineColumn & { cards?: LeadConnection; cardsFirst?: number };

/**
 * The board (招商看板) in one service call: the column totals, the first cards of every column, and the
 * cards' relations, each one set-based statement (at most six in all, however many cards).
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadsService,
    private readonly enterprises: EnterprisesRepository,
    private readonly subParks: SubParksService,
  ) {}

  async board(scope: Scope, filter: LeadFilter | undefined, cards?: { first: number | undefined; relations: CardRelations; fields?: ReadonlySet<string> }): Promise<BoardColumn[]> {
    const [columns, firsts] = await Promise.all([
      this.leads.pipeline(scope, filter),
      cards ? this.leads.firstOfEachStage(scope, filter, cards.first, cards.fields) : undefined,
    ]);
    if (!cards || !firsts) return columns;
    await this.attach(
      [...firsts.values()].flatMap((c) => c.edges.map((e) => e.node)),
      cards.relations,
    );
    return columns.map((c) => ({ ...c, cards: firsts.get(c.stage), cardsFirst: cards.first }));
  }

  /** Attaches the asked-for relations to every card, one statement per relation. */
  private async attach(cards: Lead[], rel: CardRelations): Promise<void> {
    const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
    const [enterprises, owners, parks, last] = await Promise.all([
      rel.enterprise ? this.enterprises.headsByIds(unique(cards.map((l) => l.enterpriseId))) : [],
      rel.owner ? usersByIds(this.dataSource, unique(cards.map((l) => l.ownerId))) : [],
      rel.subPark ? this.subParks.list() : [],
      rel.lastActivity ? this.leads.lastActivities(cards.map((l) => l.id)) : undefined,
    ]);
    const enterpriseById = new Map(enterprises.map((e) => [e.id, e as Enterprise]));
    const ownerById = new Map<string, User>(owners.map((u) => [u.id, u]));
    const parkById = new Map<string, SubPark>(parks.map((p) => [p.id, p]));
    for (const l of cards) {
      if (rel.enterprise) l.enterprise = enterpriseById.get(l.enterpriseId);
      if (rel.owner) l.owner = l.ownerId ? (ownerById.get(l.ownerId) ?? null) : null;
      if (rel.subPark) l.subPark = parkById.get(l.subParkId) ?? null;
      if (last) l.lastActivity = last.get(l.id) ?? null;
    }
  }
}
