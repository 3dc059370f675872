import { wanToFen } from '../../platform/src/index.js';
import type { EnterpriseRecord } from './enterprise-rules.js';
import type { EnterpriseInput } from './enterprise.input.js';
import type { EnterpriseRow } from './enterprise-row.js';
import { normalizeUscc } from './uscc.js';

const AMOUNTS = ['registeredCapital', 'revenue', 'revenuePrevYear', 'output', 'rdExpense', 'financingAmount'] as const;
const PLAIN = [
  'region', 'foundedOn', 'employees', 'techStaff', 'inventionPatents', 'highValuePatents', 'hightechCertifiedOn',
  'financingRound', 'financingDate',
] as const;

const uniqueTrimmed = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

export function rowToRecord(r: EnterpriseRow, nodes: EnterpriseRecord['chainNodes']): EnterpriseRecord {
  const num = (v: string | null) => (v === null ? null : Number(v));
  return {
    uscc: r.uscc, name: r.name, status: r.status, subParkId: r.sub_park_id === null ? null : String(r.sub_park_id), region: r.region,
    chainNodes: nodes, foundedOn: r.founded_on, registeredCapital: num(r.registered_capital), employees: r.employees,
    techStaff: r.tech_staff, revenue: num(r.revenue), revenuePrevYear: num(r.revenue_prev_year), output: num(r.output),
    rdExpense: num(r.rd_expense), inventionPatents: r.invention_patents, highValuePatents: r.high_value_patents,
    hightechCertifiedOn: r.hightech_certified_on, srdiLevel: r.srdi_level, listingStatus: r.listing_status,
    financingRound: r.financing_round, financingAmount: num(r.financing_amount), financingDate: r.financing_date,
    tags: r.tags, expansionSignals: r.expansion_signals,
  };
}

export const EMPTY_RECORD: Omit<EnterpriseRecord, 'uscc' | 'name' | 'status'> = {
  subParkId: null, region: null, chainNodes: [], foundedOn: null, registeredCapital: null, employees: null, techStaff: null,
  revenue: null, revenuePrevYear: null, output: null, rdExpense: null, inventionPatents: null, highValuePatents: null,
  hightechCertifiedOn: null, srdiLevel: 'NONE', listingStatus: 'NONE', financingRound: null, financingAmount: null,
  financingDate: null, tags: [], expansionSignals: [],
};

/**
 * Applies an input onto a record with patch semantics: a field left out keeps its value, an explicit null
 * clears it (GraphQL tells the two apart). Amounts arrive in 万元 and are kept in fen.
 */
export function applyInput(base: EnterpriseRecord, input: EnterpriseInput): EnterpriseRecord {
  const next: EnterpriseRecord = { ...base, uscc: normalizeUscc(input.uscc), name: input.name.trim(), status: input.status };
  if (input.subParkId !== undefined) next.subParkId = input.subParkId ?? null;
  for (const k of AMOUNTS) if (input[k] !== undefined) next[k] = wanToFen(input[k]);
  for (const k of PLAIN) if (input[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = input[k] ?? null;
  if (input.srdiLevel !== undefined) next.srdiLevel = input.srdiLevel ?? 'NONE';
  if (input.listingStatus !== undefined) next.listingStatus = input.listingStatus ?? 'NONE';
  if (input.tags !== undefined) next.tags = uniqueTrimmed(input.tags ?? []);
  if (input.expansionSignals !== undefined) next.expansionSignals = uniqueTrimmed(input.expansionSignals ?? []);
  if (input.chainNodes !== undefined) {
    next.chainNodes = (input.chainNodes ?? []).map((n) => ({ code: n.code.trim().toUpperCase(), role: n.role ?? 'SUPPORTING' }));
  }
  return next;
}
