import type { EntityManager } from 'typeorm';
import { enqueueInTransaction, recordAuditMany } from '../../../platform/src/index.js';
import type { EnterpriseRecord } from '../enterprise-rules.js';
import type { ColumnKey } from './columns.js';

/** Import column → stored column (chainNodes live in enterprise_nodes; uscc is the key). */
const COLUMN_SQL: Partial<Record<ColumnKey, { column: string; type: string; value: (r: EnterpriseRecord) => unknown }>> = {
  name: { column: 'name', type: 'text', value: (r) => r.name },
  status: { column: 'status', type: 'text', value: (r) => r.status },
  subPark: { column: 'sub_park_id', type: 'bigint', value: (r) => r.subParkId },
  region: { column: 'region', type: 'text', value: (r) => r.region },
  foundedOn: { column: 'founded_on', type: 'date', value: (r) => r.foundedOn },
  registeredCapital: { column: 'registered_capital', type: 'bigint', value: (r) => r.registeredCapital },
  employees: { column: 'employees', type: 'int', value: (r) => r.employees },
  techStaff: { column: 'tech_staff', type: 'int', value: (r) => r.techStaff },
  revenue: { column: 'revenue', type: 'bigint', value: (r) => r.revenue },
  revenuePrevYear: { column: 'revenue_prev_year', type: 'bigint', value: (r) => r.revenuePrevYear },
  output: { column: 'output', type: 'bigint', value: (r) => r.output },
  rdExpense: { column: 'rd_expense', type: 'bigint', value: (r) => r.rdExpense },
  inventionPatents: { column: 'invention_patents', type: 'int', value: (r) => r.inventionPatents },
  highValuePatents: { column: 'high_value_patents', type: 'int', value: (r) => r.highValuePatents },
  hightechCertifiedOn: { column: 'hightech_certified_on', type: 'date', value: (r) => r.hightechCertifiedOn },
  srdiLevel: { column: 'srdi_level', type: 'text', value: (r) => r.srdiLevel },
  listingStatus: { column: 'listing_status', type: 'text', value: (r) => r.listingStatus },
  financingRound: { column: 'financing_round', type: 'text', value: (r) => r.financingRound },
  financingAmount: { column: 'financing_amount', type: 'bigint', value: (r) => r.financingAmount },
  financingDate: { column: 'financing_date', type: 'date', value: (r) => r.financingDate },
  tags: { column: 'tags', type: 'text[]', value: (r) => r.tags },
  // The nodes themselves are rewritten below; the row keeps whether it has any (the KPI scan reads it).
  chainNodes: { column: 'on_chain', type: 'boolean', value: (r) => r.chainNodes.length > 0 },
};

export interface UpsertResult {
  created: number;
  updated: number;
  ids: string[];
}

/**
 * Writes one batch of import records in one upsert: insert new USCCs, update existing ones (only the
 * columns the file has — a column left out of the file keeps its stored values); then audits each row and asks
 * for the batch to be re-profiled through the platform's writers (one statement each, same transaction). Arrays travel as parallel `unnest` parameters; list cells as JSON text.
 */
export async function upsertBatch(
  manager: EntityManager,
  records: EnterpriseRecord[],
  present: ReadonlySet<ColumnKey>,
  ctx: { actorId: string | null; importId: string },
): Promise<UpsertResult> {
  const cols = Object.entries(COLUMN_SQL).filter(([key]) => present.has(key as ColumnKey)).map(([, c]) => c!);
  const params: unknown[] = [records.map((r) => r.uscc)];
  const selects = ['u.c0'];
  const unnestArgs = ['$1::text[]'];
  cols.forEach((c, i) => {
    const isList = c.type === 'text[]';
    params.push(records.map((r) => (isList ? JSON.stringify(c.value(r)) : c.value(r))));
    unnestArgs.push(`$${params.length}::${isList ? 'text' : c.type}[]`);
    selects.push(isList ? `ARRAY(SELECT jsonb_array_elements_text(u.c${i + 1}::jsonb))` : `u.c${i + 1}`);
  });
  const aliases = selects.map((_, i) => `c${i}`).join(', ');
  const updates = cols.map((c) => `${c.column} = EXCLUDED.${c.column}`);

  const [row] = await manager.query(
    `WITH up AS (
       INSERT INTO enterprises (uscc${cols.map((c) => `, ${c.column}`).join('')})
       SELECT ${selects.join(', ')} FROM unnest(${unnestArgs.join(', ')}) AS u(${aliases})
       ON CONFLICT (uscc) DO UPDATE SET ${[...updates, 'version = enterprises.version + 1', 'updated_at = now()'].join(', ')}
       RETURNING id, (xmax = 0) AS inserted
     )
     SELECT coalesce(array_agg(id::text), '{}') AS ids, coalesce(array_agg(inserted), '{}') AS inserted FROM up`,
    params,
  );
  const ids: string[] = row.ids;
  const inserted: boolean[] = row.inserted;
  await recordAuditMany(
    manager,
    ids.map((id, i) => ({
      actorId: ctx.actorId,
      action: inserted[i] ? 'importCreateEnterprise' : 'importUpdateEnterprise',
      entity: 'Enterprise',
      entityId: id,
      before: null,
      after: { importId: ctx.importId },
    })),
  );
  if (ids.length) await enqueueInTransaction(manager, { name: 'ProfileEnterprises', payload: { enterpriseIds: ids } });

  if (present.has('chainNodes')) {
    const links = records.flatMap((r) => r.chainNodes.map((n) => [r.uscc, n.code, n.role] as const));
    await manager.query('DELETE FROM enterprise_nodes WHERE enterprise_id = ANY($1::bigint[])', [row.ids]);
    await manager.query(
      `INSERT INTO enterprise_nodes (enterprise_id, node_code, role)
       SELECT e.id, l.code, l.role FROM unnest($1::text[], $2::text[], $3::text[]) AS l(uscc, code, role)
       JOIN enterprises e ON e.uscc = l.uscc`,
      [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
    );
  }
  const created = inserted.filter(Boolean).length;
  return { created, updated: ids.length - created, ids };
}
