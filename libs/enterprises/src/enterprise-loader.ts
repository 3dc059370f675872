import type { DataSource } from 'typeorm';
import type { GqlContext } from '../../identity/src/current-scope.js';
import { requestLoader } from '../../platform/src/index.js';
import { ENTERPRISE_COLUMNS, toEnterprise, type EnterpriseRow } from './enterprise-row.js';
import type { Enterprise } from './enterprises.models.js';

/** The enterprise of a lead, a match, …: every one asked for in a request loads in one query. */
export function loadEnterprise(ctx: GqlContext, dataSource: DataSource, id: string): Promise<Enterprise> {
  return requestLoader<string, Enterprise>(ctx, 'enterprise.byId', async (ids) => {
    const rows: EnterpriseRow[] = await dataSource.query(`SELECT ${ENTERPRISE_COLUMNS} FROM enterprises e WHERE e.id = ANY($1::bigint[])`, [ids]);
    const byId = new Map(rows.map((r) => [String(r.id), toEnterprise(r)]));
    return ids.map((i) => byId.get(i) ?? new Error(`Enterprise ${i} missing`));
  }).load(id);
}
