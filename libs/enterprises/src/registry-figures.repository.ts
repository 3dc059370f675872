import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../platform/src/index.js';
import { ENTERPRISE_COLUMNS, type EnterpriseRow } from './enterprise-row.js';

/**
 * Set-based figures over the in-park registry as of a date (the plan's KPIs read them). One statement, one scan
 * of the in-park firms, every figure as a FILTERed aggregate; ratios are ratios of sums, over the firms that know
 * both of their figures (a firm with unknown revenue counts in neither the R&D numerator nor the denominator).
 */
export interface RegistryFigures {
  inPark: number;
  /** in-park firms whose high-tech certificate is younger than three years on the date */
  hightechValid: number;
  /** the same on a second date (the week before, for a change since last week); null when not asked */
  hightechValidBefore: number | null;
  /** Σ output (fen) of in-park firms on a chain node */
  chainOutputFen: string;
  listedOrUnicorn: number;
  /** Σ output (fen) and Σ employees over firms knowing both */
  productivityOutputFen: string;
  productivityEmployees: string;
  /** Σ R&D and Σ revenue (fen) over firms knowing both, revenue > 0 */
  rdFen: string;
  rdRevenueFen: string;
  /** Σ high-value patents and Σ employees over firms knowing both */
  hvPatents: string;
  hvEmployees: string;
}

/** The figures of a set of sub-parks (null: all rows) from per-sub-park rows: counts and sums add up. */
export function sumFigures(rows: readonly (RegistryFigures & { subParkId: string | null })[], subParkIds: readonly string[] | null): RegistryFigures {
  const picked = subParkIds === null ? rows : rows.filter((r) => r.subParkId !== null && subParkIds.includes(r.subParkId));
  const int = (k: 'inPark' | 'hightechValid' | 'listedOrUnicorn') => picked.reduce((n, r) => n + r[k], 0);
  const big = (k: 'chainOutputFen' | 'productivityOutputFen' | 'productivityEmployees' | 'rdFen' | 'rdRevenueFen' | 'hvPatents' | 'hvEmployees') =>
    picked.reduce((n, r) => n + BigInt(r[k]), 0n).toString();
  const before = picked.some((r) => r.hightechValidBefore === null) ? null : picked.reduce((n, r) => n + (r.hightechValidBefore ?? 0), 0);
  return {
    inPark: int('inPark'), hightechValid: int('hightechValid'), hightechValidBefore: picked.length === 0 ? null : before, listedOrUnicorn: int('listedOrUnicorn'),
    chainOutputFen: big('chainOutputFen'), productivityOutputFen: big('productivityOutputFen'), productivityEmployees: big('productivityEmployees'),
    rdFen: big('rdFen'), rdRevenueFen: big('rdRevenueFen'), hvPatents: big('hvPatents'), hvEmployees: big('hvEmployees'),
  };
}

/** What each drill-down lists: the firms its figure is made of, and their own share of it. */
export type FigureKind = 'HIGHTECH_VALID' | 'SEI_OUTPUT' | 'LISTED_OR_UNICORN' | 'LABOUR_PRODUCTIVITY' | 'RD_INTENSITY' | 'HV_PATENTS_PER_10K';

const IN_SCOPE = `$1::date IS NOT NULL AND e.status = 'IN_PARK' AND ($2::bigint[] IS NULL OR e.sub_park_id = ANY($2::bigint[]))`;
const VALID_CERT = `(e.hightech_certified_on <= $1::date AND e.hightech_certified_on > ($1::date - interval '3 years')::date)`;
// Kept on the row by every writer of enterprise_nodes (see migration KpiFigures1765360000000).
const ON_CHAIN = `e.on_chain`;
const KNOWS_PRODUCTIVITY = `(e.output IS NOT NULL AND e.employees > 0)`;
const KNOWS_RD = `(e.rd_expense IS NOT NULL AND e.revenue > 0)`;
const KNOWS_HV = `(e.high_value_patents IS NOT NULL AND e.employees > 0)`;

/** Every figure as a FILTERed aggregate over one scan ($1 the date, $3 an optional second date). */
const FIGURES = `count(*)::int AS "inPark",
              count(*) FILTER (WHERE ${VALID_CERT})::int AS "hightechValid",
              CASE WHEN $3::date IS NULL THEN NULL ELSE count(*) FILTER (WHERE ${VALID_CERT.replaceAll('$1', '$3')})::int END AS "hightechValidBefore",
              coalesce(sum(e.output) FILTER (WHERE ${ON_CHAIN}), 0)::text AS "chainOutputFen",
              count(*) FILTER (WHERE e.listing_status IN ('LISTED','UNICORN'))::int AS "listedOrUnicorn",
              coalesce(sum(e.output) FILTER (WHERE ${KNOWS_PRODUCTIVITY}), 0)::text AS "productivityOutputFen",
              coalesce(sum(e.employees) FILTER (WHERE ${KNOWS_PRODUCTIVITY}), 0)::text AS "productivityEmployees",
              coalesce(sum(e.rd_expense) FILTER (WHERE ${KNOWS_RD}), 0)::text AS "rdFen",
              coalesce(sum(e.revenue) FILTER (WHERE ${KNOWS_RD}), 0)::text AS "rdRevenueFen",
              coalesce(sum(e.high_value_patents) FILTER (WHERE ${KNOWS_HV}), 0)::text AS "hvPatents",
              coalesce(sum(e.employees) FILTER (WHERE ${KNOWS_HV}), 0)::text AS "hvEmployees"`;

/** The figures statement ($1 the date, $2 sub-park ids or null, $3 an optional second date); the KPI benchmark times it alone. */
export const FIGURES_SQL = `SELECT ${FIGURES} FROM enterprises e WHERE ${IN_SCOPE}`;

/** Per kind: which firms, the sort key (biggest first) and the firm's own figure in the KPI's unit. */
const DRILL: Record<FigureKind, { where: string; key: string; value: string }> = {
  HIGHTECH_VALID: { where: VALID_CERT, key: `(e.hightech_certified_on - DATE '2000-01-01')::numeric`, value: 'NULL::numeric' },
  SEI_OUTPUT: { where: `e.output IS NOT NULL AND ${ON_CHAIN}`, key: 'e.output::numeric', value: 'e.output / 1000000.0' },
  LISTED_OR_UNICORN: { where: `e.listing_status IN ('LISTED','UNICORN')`, key: '0::numeric', value: 'NULL::numeric' },
  LABOUR_PRODUCTIVITY: { where: KNOWS_PRODUCTIVITY, key: 'e.output::numeric', value: 'round(e.output / 1000000.0 / e.employees, 4)' },
  RD_INTENSITY: { where: KNOWS_RD, key: 'e.rd_expense::numeric', value: 'round(e.rd_expense * 100.0 / e.revenue, 4)' },
  HV_PATENTS_PER_10K: { where: KNOWS_HV, key: 'e.high_value_patents::numeric', value: 'round(e.high_value_patents * 10000.0 / e.employees, 4)' },
};

@Injectable()
export class RegistryFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The figures' per-row chain check makes the planner's cost estimate large enough to switch JIT on, whose
   * compilation (~0.5 s) costs more than the statement itself: JIT off for these statements only.
   */
  private withoutJit<T>(run: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL jit = off');
      return run(m);
    });
  }

  /** `subParkIds` null: the whole park. */
  async figures(asOf: string, subParkIds: readonly string[] | null, before: string | null = null): Promise<RegistryFigures> {
    const [r] = await this.withoutJit((m) => m.query(FIGURES_SQL, [asOf, subParkIds, before]));
    return r;
  }

  /**
   * The same figures per sub-park in one scan, for callers that need several audiences at once (the weekly digest):
   * every figure is a count or a sum, so any set of sub-parks is the sum of its rows (see sumFigures).
   */
  async figuresBySubPark(asOf: string, before: string | null = null): Promise<(RegistryFigures & { subParkId: string | null })[]> {
    return this.withoutJit((m) =>
      m.query(`SELECT e.sub_park_id::text AS "subParkId", ${FIGURES} FROM enterprises e WHERE ${IN_SCOPE} GROUP BY e.sub_park_id`, [asOf, null, before]),
    );
  }


  /** Names of enterprises by id (for links and lists in other libs' reports). */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM enterprises WHERE id = ANY($1::bigint[])', [ids]);
    return new Map(rows.map((r) => [String(r.id), r.name]));
  }

  /** The firms behind one figure, biggest contribution first, keyset-paged. */
  async drillDown(kind: FigureKind, asOf: string, subParkIds: readonly string[] | null, first: number, after?: string) {
    const d = DRILL[kind];
    const params: unknown[] = [asOf, subParkIds];
    const conditions = [IN_SCOPE, d.where];
    const scoped = [...conditions];
    if (after) {
      const [key, id] = decodeCursor(after, 2);
      params.push(key, id);
      conditions.push(`(${d.key} < $3::numeric OR (${d.key} = $3::numeric AND e.id > $4::bigint))`);
    }
    params.push(first + 1);
    const rows: (EnterpriseRow & { kpi_key: string; kpi_value: string | null })[] = await this.dataSource.query(
      `SELECT ${ENTERPRISE_COLUMNS}, (${d.key})::text AS kpi_key, (${d.value})::text AS kpi_value
       FROM enterprises e WHERE ${conditions.join(' AND ')} ORDER BY ${d.key} DESC, e.id LIMIT $${params.length}`,
      params,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM enterprises e WHERE ${scoped.join(' AND ')}`, [asOf, subParkIds]);
    const page = rows.slice(0, first);
    return {
      rows: page.map((r) => ({ row: r, value: r.kpi_value === null ? null : Number(r.kpi_value), cursor: encodeCursor([r.kpi_key, String(r.id)]) })),
      hasNextPage: rows.length > first,
      totalCount: n as number,
    };
  }
}
