import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadEnterprise } from '../../enterprises/src/enterprise-loader.js';
import type { Enterprise } from '../../enterprises/src/enterprises.models.js';
import type { GqlContext } from '../../identity/src/current-scope.js';
import type { SubPark, User } from '../../identity/src/identity.models.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { loadSubPark } from '../../identity/src/sub-park-loader.js';
import { loadUser } from '../../identity/src/user-loader.js';
import { requestLoader } from '../../platform/src/index.js';
import type { Activity, Lead } from './leads.models.js';
import { LeadsService } from './leads.service.js';

type Resolve<T> = (lead: Lead, args: unknown, ctx: GqlContext) => T | null | Promise<T | null>;

/**
 * A lead's enterprise, owner, sub-park and last activity. These four run for every card of a board, so they
 * are plain GraphQL resolvers (registered by the API's GraphQL options), not Nest field resolvers, whose
 * per-call context and pipes cost more than the lookup itself. A relation the service attached (the board
 * attaches all four) is returned as is; otherwise it is batched per request.
 */
@Injectable()
export class LeadRelations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subParks: SubParksService,
    private readonly leads: LeadsService,
  ) {}

  resolvers(): { Lead: { enterprise: Resolve<Enterprise>; owner: Resolve<User>; subPark: Resolve<SubPark>; lastActivity: Resolve<Activity> } } {
    return {
      Lead: {
        enterprise: (lead, _args, ctx) => lead.enterprise ?? loadEnterprise(ctx, this.dataSource, lead.enterpriseId),
        owner: (lead, _args, ctx) => (lead.owner !== undefined ? lead.owner : lead.ownerId ? loadUser(ctx, this.dataSource, lead.ownerId) : null),
        subPark: (lead, _args, ctx) => (lead.subPark !== undefined ? lead.subPark : loadSubPark(ctx, this.subParks, lead.subParkId)),
        lastActivity: (lead, _args, ctx) => {
          if (lead.lastActivity !== undefined) return lead.lastActivity;
          return requestLoader<string, Activity | null>(ctx, 'lead.lastActivity', async (ids) => {
            const byLead = await this.leads.lastActivities(ids);
            return ids.map((id) => byLead.get(id) ?? null);
          }).load(lead.id);
        },
      },
    };
  }
}
