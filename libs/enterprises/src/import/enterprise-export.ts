import { Injectable } from '@nestjs/common';
import type { Scope } from '../../../identity/src/scope.js';
import { SubParksService } from '../../../identity/src/sub-parks.service.js';
import { toEnterprise } from '../enterprise-row.js';
import type { EnterpriseFilter } from '../enterprise.input.js';
import { EnterpriseSort, type Enterprise } from '../enterprises.models.js';
import { EnterprisesRepository } from '../enterprises.repository.js';

const PAGE = 1000;
const num = (v: number | null) => (v === null ? '' : String(v));

/** One enterprise as import cells (IMPORT_COLUMNS order), so an export re-imports unchanged. */
export function enterpriseCells(e: Enterprise, subParkName: string | null, nodes: { node_code: string; role: string }[]): string[] {
  return [
    e.uscc, e.name, e.status, subParkName ?? '', e.region ?? '',
    nodes.map((n) => (n.role === 'SUPPORTING' ? n.node_code : `${n.node_code}:${n.role}`)).join(';'),
    e.foundedOn ?? '', num(e.registeredCapital), num(e.employees), num(e.techStaff), num(e.revenue), num(e.revenuePrevYear),
    num(e.output), num(e.rdExpense), num(e.inventionPatents), num(e.highValuePatents), e.hightechCertifiedOn ?? '', e.srdiLevel,
    e.listingStatus, e.financingRound ?? '', num(e.financingAmount), e.financingDate ?? '', e.tags.join(';'),
  ];
}

@Injectable()
export class EnterpriseExporter {
  constructor(
    private readonly repo: EnterprisesRepository,
    private readonly subParks: SubParksService,
  ) {}

  /** Every enterprise matching the filter, walked by keyset pages: memory stays flat whatever the size. */
  async *rows(_scope: Scope, filter: EnterpriseFilter | undefined): AsyncGenerator<string[]> {
    const parkNames = new Map((await this.subParks.list()).map((p) => [p.id, p.name]));
    let after: string | undefined;
    for (;;) {
      const page = await this.repo.page(filter, EnterpriseSort.NAME, PAGE, after);
      const links = await this.repo.nodesOf(page.rows.map((r) => String(r.id)));
      const byEnterprise = new Map<string, typeof links>();
      for (const l of links) byEnterprise.set(String(l.enterprise_id), [...(byEnterprise.get(String(l.enterprise_id)) ?? []), l]);
      for (const row of page.rows) {
        const e = toEnterprise(row);
        yield enterpriseCells(e, e.subParkId ? (parkNames.get(e.subParkId) ?? null) : null, byEnterprise.get(e.id) ?? []);
      }
      if (!page.hasNextPage) return;
      after = page.cursors.at(-1);
    }
  }
}
