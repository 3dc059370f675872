import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { chainNodesRel } from '../../../chains/src/chain-sql.js';
import { SubParkEntity } from '../../../identity/src/sub-park.entity.js';
import { FEN_PER_WAN } from '../../../platform/src/database/money.js';
import { generateEnterprises, type DemoEnterprise } from './generator.js';

const ENTERPRISE_COPY_COLUMNS = [
  'uscc', 'name', 'status', 'sub_park_id', 'region', 'founded_on', 'registered_capital', 'employees', 'tech_staff', 'revenue',
  'revenue_prev_year', 'output', 'rd_expense', 'invention_patents', 'high_value_patents', 'hightech_certified_on', 'srdi_level',
  'listing_status', 'financing_round', 'financing_amount', 'financing_date', 'tags', 'expansion_signals',
];

/** COPY text format: \N is null, tabs/newlines/backslashes escaped. */
const esc = (v: string | number | null): string =>
  v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const fen = (wan: number | null) => (wan === null ? null : Math.round(wan * FEN_PER_WAN));
const pgArray = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export function enterpriseCopyLine(e: DemoEnterprise, subParkIds: ReadonlyMap<string, string>): string {
  const values = [
    e.uscc, e.name, e.status, e.subParkCode ? (subParkIds.get(e.subParkCode) ?? null) : null, e.region, e.foundedOn,
    fen(e.registeredCapital), e.employees, e.techStaff, fen(e.revenue), fen(e.revenuePrevYear), fen(e.output), fen(e.rdExpense),
    e.inventionPatents, e.highValuePatents, e.hightechCertifiedOn, e.srdiLevel, e.listingStatus, e.financingRound,
    fen(e.financingAmount), e.financingDate, pgArray(e.tags), pgArray(e.expansionSignals),
  ];
  return `${values.map(esc).join('\t')}\n`;
}

async function copyInto(client: PoolClient, sql: string, lines: Iterable<string>): Promise<void> {
  const chunks = (function* () {
    let buffer = '';
    for (const line of lines) {
      buffer += line;
      if (buffer.length > 1 << 16) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  })();
  await pipeline(Readable.from(chunks), client.query(copyFrom(sql)));
}

/**
 * Bulk-loads synthetic enterprises with COPY — for `npm start` on an empty registry and for benchmarks at any
 * size. Rows whose USCC already exists are skipped, so re-running with a larger count tops the registry up.
 * It writes no audit or outbox rows: demo data is not a user's change (profiles are computed by a full recompute).
 */
export async function seedDemoEnterprises(dataSource: DataSource, count: number, opts: { seed?: number; startIndex?: number } = {}): Promise<number> {
  const parks = await dataSource.getRepository(SubParkEntity).find();
  const subParkIds = new Map(parks.map((p) => [p.code, String(p.id)]));
  const driver = dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } };
  const client = await driver.master.connect();
  try {
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE demo_enterprises ON COMMIT DROP AS SELECT ${ENTERPRISE_COPY_COLUMNS.join(', ')} FROM enterprises WITH NO DATA`);
    await client.query(`CREATE TEMP TABLE demo_nodes (uscc text, node_code text, role text) ON COMMIT DROP`);
    const generated = () => generateEnterprises(count, { seed: opts.seed, startIndex: opts.startIndex });
    await copyInto(client, `COPY demo_enterprises (${ENTERPRISE_COPY_COLUMNS.join(', ')}) FROM STDIN`, (function* () {
      for (const e of generated()) yield enterpriseCopyLine(e, subParkIds);
    })());
    await copyInto(client, 'COPY demo_nodes (uscc, node_code, role) FROM STDIN', (function* () {
      for (const e of generated()) for (const n of e.chainNodes) yield `${e.uscc}\t${n.code}\t${n.role}\n`;
    })());
    const { rowCount } = await client.query(
      `INSERT INTO enterprises (${ENTERPRISE_COPY_COLUMNS.join(', ')}, on_chain)
       SELECT ${ENTERPRISE_COPY_COLUMNS.map((c) => `d.${c}`).join(', ')}, n.uscc IS NOT NULL FROM demo_enterprises d
       LEFT JOIN (SELECT DISTINCT dn.uscc FROM demo_nodes dn JOIN ${chainNodesRel('c')} ON c.code = dn.node_code) n ON n.uscc = d.uscc
       ON CONFLICT (uscc) DO NOTHING`,
    );
    await client.query(
      `WITH linked AS (
         INSERT INTO enterprise_nodes (enterprise_id, node_code, role)
         SELECT e.id, d.node_code, d.role FROM demo_nodes d JOIN enterprises e ON e.uscc = d.uscc
         JOIN ${chainNodesRel('c')} ON c.code = d.node_code ON CONFLICT DO NOTHING
         RETURNING enterprise_id
       )
       -- Firms that were there before this seed and now have nodes (new ones got the flag above).
       UPDATE enterprises e SET on_chain = true WHERE NOT e.on_chain AND e.id IN (SELECT enterprise_id FROM linked)`,
    );
    await client.query('COMMIT');
    // Fresh statistics: without them (and autovacuum may be off) the planner misjudges every filter on the registry.
    await client.query('ANALYZE enterprises, enterprise_nodes, chain_nodes');
    return rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
