import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toEnterprise } from '../../enterprises/src/enterprise-row.js';
import { RegistryFiguresRepository, sumFigures, type RegistryFigures } from '../../enterprises/src/registry-figures.repository.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { badInput, Clock, forbidden, notFound, pageSize, recordAudit, shanghaiDate } from '../../platform/src/index.js';
import { CONSTRUCTION_KPIS, isComputedKpi, isConstructionKpi, KPI_DEFINITIONS, type KpiCode } from './kpi-definitions.js';
import type { Kpi, KpiDelivery, KpiDeliveryInput, KpiEnterpriseConnection } from './kpis.models.js';
import { isIsoDate } from './week.js';

interface DeliveryRow {
  id: string;
  kpi_code: string;
  quantity: string;
  delivered_on: string;
  sub_park_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

const toDelivery = (r: DeliveryRow): KpiDelivery => ({
  id: String(r.id),
  code: r.kpi_code,
  quantity: Number(r.quantity),
  deliveredOn: r.delivered_on,
  subParkId: r.sub_park_id === null ? null : String(r.sub_park_id),
  note: r.note,
  createdBy: r.created_by === null ? null : String(r.created_by),
  createdAt: r.created_at.toISOString(),
});

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const ratio = (num: string, den: string, scale: number, digits: number) => (Number(den) > 0 ? round((Number(num) * scale) / Number(den), digits) : null);

/** The computed KPIs from the registry figures (ratios of sums; amounts in 万元). */
export function computedValues(f: RegistryFigures): Record<string, number | null> {
  return {
    HIGHTECH_VALID: f.hightechValid,
    SEI_OUTPUT: round(Number(f.chainOutputFen) / 1_000_000, 2),
    LISTED_OR_UNICORN: f.listedOrUnicorn,
    LABOUR_PRODUCTIVITY: ratio(f.productivityOutputFen, f.productivityEmployees, 1 / 1_000_000, 4),
    RD_INTENSITY: ratio(f.rdFen, f.rdRevenueFen, 100, 4),
    HV_PATENTS_PER_10K: ratio(f.hvPatents, f.hvEmployees, 10_000, 2),
  };
}

/** The share of a calendar year elapsed at the end of asOf (Asia/Shanghai days). */
export function yearShare(year: number, asOf: string): number {
  const first = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  const at = Date.parse(`${asOf}T00:00:00Z`) + 86_400_000;
  return round(Math.min(1, Math.max(0, (at - first) / (next - first))), 6);
}

/** Registry figures per sub-park, read once for many audiences (the weekly digest). */
export type BySubPark = Awaited<ReturnType<RegistryFiguresRepository['figuresBySubPark']>>;

export interface KpiScope {
  year: number;
  asOf: string;
  subParkIds: string[] | null;
}

@Injectable()
export class KpisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: RegistryFiguresRepository,
    private readonly clock: Clock,
    private readonly subParks: SubParksService,
  ) {}

  /** Year, as-of date and sub-park a caller asks for, checked. A GROUP user may ask for the park or one of its sub-parks. */
  async resolve(scope: Scope, year?: number | null, subParkId?: string | null, asOf?: string | null): Promise<KpiScope> {
    const today = shanghaiDate(this.clock.now());
    const currentYear = Number(today.slice(0, 4));
    if (asOf !== undefined && asOf !== null && !isIsoDate(asOf)) throw badInput('asOf', 'asOf: not a date (YYYY-MM-DD)');
    const y = year ?? (asOf ? Number(asOf.slice(0, 4)) : currentYear);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw badInput('year', 'year: must be between 2000 and 2100');
    const date = asOf ?? (y < currentYear ? `${y}-12-31` : today);
    let subParkIds: string[] | null = null;
    if (subParkId !== undefined && subParkId !== null) {
      if (!/^\d+$/.test(subParkId)) throw badInput('subParkId', 'subParkId: not a sub-park id');
      if (scope.role === Role.GROUP && !scope.subParkIds.includes(subParkId)) throw forbidden('This sub-park is run by another group');
      if (!(await this.subParkExists(subParkId))) throw notFound('Sub-park');
      subParkIds = [subParkId];
    }
    return { year: y, asOf: date, subParkIds };
  }

  private async subParkExists(id: string): Promise<boolean> {
    return /^\d+$/.test(id) && (await this.subParks.list()).some((p) => BigInt(p.id) === BigInt(id));
  }

  async kpis(scope: Scope, year?: number | null, subParkId?: string | null, asOf?: string | null): Promise<Kpi[]> {
    const k = await this.resolve(scope, year, subParkId, asOf);
    return (await this.compute(k)).map(({ previous: _p, ...kpi }) => kpi);
  }

  /**
   * Every KPI for a year as of a date over some sub-parks (null: the park): the six computed ones in one scan of the
   * in-park registry, the three construction ones summed from the deliveries of that year up to the date. With
   * `before`, each also carries its value on that earlier date (the digest's change since last week).
   */
  async compute(k: KpiScope, before: string | null = null, bySubPark?: BySubPark): Promise<(Kpi & { previous: number | null })[]> {
    const [figures, delivered, deliveredBefore] = await Promise.all([
      bySubPark ? Promise.resolve(sumFigures(bySubPark, k.subParkIds)) : this.figures.figures(k.asOf, k.subParkIds, before),
      this.delivered(k.asOf, k.subParkIds),
      before ? this.delivered(before, k.subParkIds) : Promise.resolve(null),
    ]);
    const now = computedValues(figures);
    const then: Record<string, number | null> | null = before ? { ...now, HIGHTECH_VALID: figures.hightechValidBefore } : null;
    const elapsed = yearShare(k.year, k.asOf);
    return KPI_DEFINITIONS.map((d) => {
      const actual = d.computed ? now[d.code]! ?? null : (delivered.get(d.code) ?? 0);
      const previous = !before ? null : d.computed ? (then![d.code] ?? null) : (deliveredBefore!.get(d.code) ?? 0);
      return {
        code: d.code, name: d.name, unit: d.unit, target: d.target, formula: d.formula, computed: d.computed,
        actual: actual === null ? null : actual,
        progress: actual === null ? null : round(actual / d.target, 4),
        yearElapsed: elapsed,
        asOf: k.asOf,
        year: k.year,
        subParkId: k.subParkIds?.length === 1 ? k.subParkIds[0]! : null,
        previous,
      };
    });
  }

  /** The registry figures of every sub-park as of a date (and a second date), in one scan. */
  figuresBySubPark(asOf: string, before: string | null): Promise<BySubPark> {
    return this.figures.figuresBySubPark(asOf, before);
  }

  /** Σ deliveries per construction KPI in the calendar year of `asOf`, up to and including it. */
  private async delivered(asOf: string, subParkIds: readonly string[] | null): Promise<Map<string, number>> {
    const rows: { kpi_code: string; total: string }[] = await this.dataSource.query(
      `SELECT kpi_code, sum(quantity)::text AS total FROM kpi_deliveries
       WHERE delivered_on >= date_trunc('year', $1::date)::date AND delivered_on <= $1::date
         AND ($2::bigint[] IS NULL OR sub_park_id = ANY($2::bigint[]))
       GROUP BY kpi_code`,
      [asOf, subParkIds],
    );
    return new Map(rows.map((r) => [r.kpi_code, Number(r.total)]));
  }

  /** The enterprises behind a computed KPI's number, biggest contribution first. */
  async enterprises(scope: Scope, code: string, opts: { year?: number | null; subParkId?: string | null; asOf?: string | null; first?: number | null; after?: string | null }): Promise<KpiEnterpriseConnection> {
    if (!isComputedKpi(code)) {
      throw badInput('code', isConstructionKpi(code) ? `code: ${code} is entered as deliveries (kpiDeliveries), not computed from firms` : `code: unknown KPI ${code}`);
    }
    const n = pageSize(opts.first);
    const k = await this.resolve(scope, opts.year, opts.subParkId, opts.asOf);
    const page = await this.figures.drillDown(code, k.asOf, k.subParkIds, n, opts.after ?? undefined);
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: { enterprise: toEnterprise(r.row), value: r.value } })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.length ? page.rows[page.rows.length - 1]!.cursor : null },
      totalCount: page.totalCount,
    };
  }

  /** ADMIN: a construction delivery (who and when are recorded with it, and in the audit log). */
  async recordDelivery(scope: Scope, input: KpiDeliveryInput): Promise<KpiDelivery> {
    scope.require(Role.ADMIN);
    if (!isConstructionKpi(input.code)) throw badInput('code', `code: must be one of ${CONSTRUCTION_KPIS.join(', ')}`);
    if (!isIsoDate(input.deliveredOn)) throw badInput('deliveredOn', 'deliveredOn: not a date (YYYY-MM-DD)');
    if (input.subParkId && !(await this.subParkExists(input.subParkId))) throw badInput('subParkId', 'subParkId: no such sub-park');
    return this.dataSource.transaction(async (manager) => {
      const [row]: DeliveryRow[] = await manager.query(
        `INSERT INTO kpi_deliveries (kpi_code, sub_park_id, quantity, delivered_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, kpi_code, quantity::text, delivered_on::text, sub_park_id, note, created_by, created_at`,
        [input.code, input.subParkId ?? null, input.quantity, input.deliveredOn, input.note ?? null, scope.actorId],
      );
      const delivery = toDelivery(row);
      await recordAudit(manager, { actorId: scope.actorId, action: 'recordKpiDelivery', entity: 'KpiDelivery', entityId: delivery.id, before: null, after: { ...delivery } });
      return delivery;
    });
  }

  async deliveries(_scope: Scope, code?: string | null, year?: number | null): Promise<KpiDelivery[]> {
    if (code && !isConstructionKpi(code)) throw badInput('code', `code: must be one of ${CONSTRUCTION_KPIS.join(', ')}`);
    if (year !== undefined && year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw badInput('year', 'year: must be between 2000 and 2100');
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT id, kpi_code, quantity::text, delivered_on::text, sub_park_id, note, created_by, created_at FROM kpi_deliveries
       WHERE ($1::text IS NULL OR kpi_code = $1) AND ($2::int IS NULL OR extract(year FROM delivered_on) = $2)
       ORDER BY delivered_on DESC, id DESC LIMIT 500`,
      [code ?? null, year ?? null],
    );
    return rows.map(toDelivery);
  }
}

export type { KpiCode };
