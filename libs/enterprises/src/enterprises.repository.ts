import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EnterpriseRecord } from './enterprise-rules.js';
import { ENTERPRISE_COLUMNS, type EnterpriseRow } from './enterprise-row.js';
import { cursorOf, enterpriseWhere, fromSql, keyset } from './enterprise-query.js';
import type { EnterpriseFilter } from './enterprise.input.js';
import type { Enterprise, EnterpriseSort } from './enterprises.models.js';
import { SCORE_RELATION, type ScoreRelation } from './registry-scores.module.js';

/** Column order of writes; values come from recordValues in the same order. */
const WRITE_COLUMNS = [
  'uscc', 'name', 'status', 'sub_park_id', 'region', 'founded_on', 'registered_capital', 'employees', 'tech_staff', 'revenue',
  'revenue_prev_year', 'output', 'rd_expense', 'invention_patents', 'high_value_patents', 'hightech_certified_on', 'srdi_level',
  'listing_status', 'financing_round', 'financing_amount', 'financing_date', 'tags', 'expansion_signals',
] as const;

function recordValues(r: EnterpriseRecord): unknown[] {
  return [
    r.uscc, r.name, r.status, r.subParkId, r.region, r.foundedOn, r.registeredCapital, r.employees, r.techStaff, r.revenue,
    r.revenuePrevYear, r.output, r.rdExpense, r.inventionPatents, r.highValuePatents, r.hightechCertifiedOn, r.srdiLevel,
    r.listingStatus, r.financingRound, r.financingAmount, r.financingDate, r.tags, r.expansionSignals,
  ];
}

/** An enterprise as a card shows it. */
export type EnterpriseHead = Pick<Enterprise, 'id' | 'uscc' | 'name' | 'status' | 'subParkId'>;
export const ENTERPRISE_HEAD_FIELDS = new Set(['id', 'uscc', 'name', 'status', 'subParkId', '__typename']);

@Injectable()
export class EnterprisesRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SCORE_RELATION) private readonly scores: ScoreRelation,
  ) {}

  async findOne(by: { id?: string; uscc?: string }, manager: EntityManager = this.dataSource.manager, lock = false): Promise<EnterpriseRow | null> {
    const [column, value] = by.id !== undefined ? ['e.id', by.id] : ['e.uscc', by.uscc];
    const [row] = await manager.query(`SELECT ${ENTERPRISE_COLUMNS} FROM enterprises e WHERE ${column} = $1 ${lock ? 'FOR UPDATE' : ''}`, [value]);
    return row ?? null;
  }

  /** The few columns a card shows (a board, a match list): id, uscc, name, status and sub-park of each. */
  async headsByIds(ids: readonly string[]): Promise<EnterpriseHead[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; uscc: string; name: string; status: EnterpriseHead['status']; sub_park_id: string | null }[] = await this.dataSource.query(
      'SELECT id, uscc, name, status, sub_park_id FROM enterprises WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return rows.map((r) => ({ id: String(r.id), uscc: r.uscc, name: r.name, status: r.status, subParkId: r.sub_park_id === null ? null : String(r.sub_park_id) }));
  }

  async nodesOf(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ enterprise_id: string; node_code: string; role: string }[]> {
    return manager.query('SELECT enterprise_id, node_code, role FROM enterprise_nodes WHERE enterprise_id = ANY($1::bigint[]) ORDER BY enterprise_id, node_code', [ids]);
  }

  async page(filter: EnterpriseFilter | undefined, sort: EnterpriseSort, first: number, after?: string) {
    const where = enterpriseWhere(filter);
    const orderBy = keyset(where, sort, after);
    where.params.push(first + 1);
    const rows: (EnterpriseRow & { profile_total?: string })[] = await this.dataSource.query(
      `SELECT ${ENTERPRISE_COLUMNS}${where.joinProfile ? ', ep.total AS profile_total' : ''} FROM ${fromSql(where, this.scores)} ${orderBy} LIMIT $${where.params.length}`,
      where.params,
    );
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    return { rows: page, hasNextPage, cursors: page.map((r) => cursorOf(sort, r)) };
  }

  /** Firms matching the filter; with `upTo`, counting stops there (the scan reads at most that many matches). */
  async count(filter: EnterpriseFilter | undefined, upTo?: number): Promise<number> {
    const where = enterpriseWhere(filter);
    const sql = upTo === undefined
      ? `SELECT count(*)::int AS n FROM ${fromSql(where, this.scores)}`
      : `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${fromSql(where, this.scores)} LIMIT $${where.params.push(upTo)}) matched`;
    const [{ n }] = await this.dataSource.query(sql, where.params);
    return n;
  }

  async insert(manager: EntityManager, r: EnterpriseRecord): Promise<EnterpriseRow> {
    const placeholders = WRITE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const [{ id }] = await manager.query(`INSERT INTO enterprises (${WRITE_COLUMNS.join(', ')}) VALUES (${placeholders}) RETURNING id`, recordValues(r));
    await this.replaceNodes(manager, String(id), r.chainNodes);
    return (await this.findOne({ id: String(id) }, manager))!;
  }

  /** Writes the record if `version` is still current; returns null when someone else got there first. */
  async update(manager: EntityManager, id: string, version: number, r: EnterpriseRecord, extra: { contacts?: unknown; riskStatus?: string } = {}): Promise<EnterpriseRow | null> {
    const values = recordValues(r);
    const sets = WRITE_COLUMNS.map((c, i) => `${c} = $${i + 3}`);
    if (extra.contacts !== undefined) sets.push(`contacts = $${values.push(JSON.stringify(extra.contacts)) + 2}`);
    if (extra.riskStatus !== undefined) sets.push(`risk_status = $${values.push(extra.riskStatus) + 2}`);
    const result = await manager.query(
      `UPDATE enterprises SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, ...values],
    );
    if (result[0].length === 0) return null;
    await this.replaceNodes(manager, id, r.chainNodes);
    return this.findOne({ id }, manager);
  }

  /** The firm's chain nodes, and the flag on its row that says it has any (the KPI scan reads the flag). */
  async replaceNodes(manager: EntityManager, id: string, nodes: EnterpriseRecord['chainNodes']): Promise<void> {
    await manager.query('DELETE FROM enterprise_nodes WHERE enterprise_id = $1', [id]);
    await manager.query('UPDATE enterprises SET on_chain = $2 WHERE id = $1 AND on_chain <> $2', [id, nodes.length > 0]);
    if (nodes.length === 0) return;
    await manager.query('INSERT INTO enterprise_nodes (enterprise_id, node_code, role) SELECT $1, unnest($2::text[]), unnest($3::text[])', [
      id,
      nodes.map((n) => n.code),
      nodes.map((n) => n.role),
    ]);
  }
}
