import { requestLoader } from '../../platform/src/index.js';
import type { GqlContext } from './current-scope.js';
import type { SubPark } from './identity.models.js';
import type { SubParksService } from './sub-parks.service.js';

/** A handful of rows: one query per request serves every sub-park asked for. */
export function loadSubPark(ctx: GqlContext, subParks: SubParksService, id: string): Promise<SubPark | null> {
  return requestLoader<string, SubPark | null>(ctx, 'subPark.byId', async (ids) => {
    const all = await subParks.list();
    return ids.map((i) => all.find((p) => p.id === i) ?? null);
  }).load(id);
}
