import { fenToWan } from '../../platform/src/index.js';
import type { Enterprise } from './enterprises.models.js';

/** The enterprise columns as stored; the single place that knows how a row becomes the API's shape. */
export interface EnterpriseRow {
  id: string;
  uscc: string;
  name: string;
  status: Enterprise['status'];
  sub_park_id: string | null;
  region: string | null;
  founded_on: string | null;
  registered_capital: string | null;
  employees: number | null;
  tech_staff: number | null;
  revenue: string | null;
  revenue_prev_year: string | null;
  output: string | null;
  rd_expense: string | null;
  invention_patents: number | null;
  high_value_patents: number | null;
  hightech_certified_on: string | null;
  srdi_level: Enterprise['srdiLevel'];
  listing_status: Enterprise['listingStatus'];
  financing_round: string | null;
  financing_amount: string | null;
  financing_date: string | null;
  tags: string[];
  expansion_signals: string[];
  risk_status: Enterprise['riskStatus'];
  contacts: Enterprise['contacts'];
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ENTERPRISE_COLUMNS = `e.id, e.uscc, e.name, e.status, e.sub_park_id, e.region, e.founded_on, e.registered_capital,
  e.employees, e.tech_staff, e.revenue, e.revenue_prev_year, e.output, e.rd_expense, e.invention_patents, e.high_value_patents,
  e.hightech_certified_on, e.srdi_level, e.listing_status, e.financing_round, e.financing_amount, e.financing_date, e.tags,
  e.expansion_signals, e.risk_status, e.contacts, e.version, e.created_at, e.updated_at`;

const money = (v: string | null) => fenToWan(v === null ? null : Number(v));

export function toEnterprise(r: EnterpriseRow): Enterprise {
  return {
    id: String(r.id),
    uscc: r.uscc,
    name: r.name,
    status: r.status,
    version: r.version,
    subParkId: r.sub_park_id === null ? null : String(r.sub_park_id),
    region: r.region,
    foundedOn: r.founded_on,
    registeredCapital: money(r.registered_capital),
    employees: r.employees,
    techStaff: r.tech_staff,
    revenue: money(r.revenue),
    revenuePrevYear: money(r.revenue_prev_year),
    output: money(r.output),
    rdExpense: money(r.rd_expense),
    inventionPatents: r.invention_patents,
    highValuePatents: r.high_value_patents,
    hightechCertifiedOn: r.hightech_certified_on,
    srdiLevel: r.srdi_level,
    listingStatus: r.listing_status,
    financingRound: r.financing_round,
    financingAmount: money(r.financing_amount),
    financingDate: r.financing_date,
    tags: r.tags,
    expansionSignals: r.expansion_signals,
    riskStatus: r.risk_status,
    contacts: r.contacts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
