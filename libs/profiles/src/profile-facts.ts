import { chainNodeNeedsRel, chainNodesRel } from '../../chains/src/chain-sql.js';
import { enterpriseNodesRel, enterprisesRel } from '../../enterprises/src/enterprise-sql.js';
import { leadActivitiesRel, leadsRel } from '../../leads/src/lead-sql.js';
import type { ProfileFacts } from './engine/facts.js';

/**
 * Everything a profile depends on, read in SQL, with a hash of it computed by PostgreSQL: a recompute asks only
 * for rows whose hash differs from the stored one, so unchanged enterprises never leave the database.
 * Node need is the gap engine's (chain_node_needs) or, until it has run, node weight / 5. Engagement counts the
 * activities logged on the enterprise's leads in the 90 days before the profile's date.
 */
/**
 * Which enterprises, as a condition on an enterprise-id column: applied to each table read, so that a range of ids
 * is one index range scan per table rather than a lookup per enterprise.
 */
export type IdFilter = (column: string) => string;
/** Ids in ($1, $2]. */
export const idRange: IdFilter = (c) => `${c} > $1 AND ${c} <= $2`;
/** Ids in the array $1. */
export const idList: IdFilter = (c) => `${c} = ANY($1::bigint[])`;

export function factsQuery(ids: IdFilter, opts: { onlyChanged: boolean; modelParam: string; asOfParam: string }): string {
  return `${factsCtes(ids, opts)} SELECT * FROM facts ORDER BY id`;
}

/**
 * The CTEs behind factsQuery, ending in `facts`. With `chainNodeScore` (an SQL expression of `need` and `role`,
 * see score-sql.ts) `facts` also carries chain_best, the best node's chain-fit score, for scoring in SQL.
 */
export function factsCtes(
  ids: IdFilter,
  opts: { onlyChanged: boolean; modelParam: string; asOfParam: string; nodeList?: boolean; chainNodeScore?: (need: string, role: string) => string },
): string {
  const nodeList = opts.nodeList ?? true;
  // Node lists and engagement are aggregated once for the whole step (grouped joins), not per row. A node's need
  // is computed once (inner select), then read by the hash key, the list and the chain-fit score.
  return `
    WITH nodes AS (
      SELECT x.enterprise_id,
             string_agg(x.node_code || '/' || x.role || '/' || x.need, ',' ORDER BY x.node_code) AS nodes_key
             ${nodeList ? ', jsonb_agg(jsonb_build_array(x.node_code, x.role, x.need, x.node_name) ORDER BY x.node_code) AS nodes' : ''}
             ${opts.chainNodeScore ? `, max(${opts.chainNodeScore('x.need_f', 'x.role')}) AS chain_best` : ''}
      FROM (
        SELECT en.enterprise_id, en.node_code, en.role, cn.name AS node_name, round(coalesce(nn.need, cn.weight / 5.0)::numeric, 4) AS need,
               round(coalesce(nn.need, cn.weight / 5.0)::numeric, 4)::float8 AS need_f
        FROM ${enterpriseNodesRel('en')}
        JOIN ${chainNodesRel('cn')} ON cn.code = en.node_code
        LEFT JOIN ${chainNodeNeedsRel('nn')} ON nn.node_code = en.node_code
        WHERE ${ids('en.enterprise_id')}
        OFFSET 0
      ) x
      GROUP BY x.enterprise_id
    ),
    engagement AS (
      SELECT l.enterprise_id, count(*)::int AS n
      FROM ${leadsRel('l')}
      -- The 90 Asia/Shanghai days up to and including the profile's date: later activities are not its past.
      JOIN ${leadActivitiesRel('a')} ON a.lead_id = l.id
        AND a.occurred_at >= ((nullif(${opts.asOfParam}::text, '')::date - 90)::timestamp AT TIME ZONE 'Asia/Shanghai')
        AND a.occurred_at < ((nullif(${opts.asOfParam}::text, '')::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
      WHERE ${ids('l.enterprise_id')}
      GROUP BY l.enterprise_id
    ),
    facts AS (
      SELECT * FROM (
        SELECT e.id, e.status, e.region, e.founded_on, e.registered_capital, e.employees, e.tech_staff, e.revenue,
               e.revenue_prev_year, e.output, e.rd_expense, e.invention_patents, e.high_value_patents, e.hightech_certified_on,
               e.srdi_level, e.listing_status, e.financing_round, e.financing_amount, e.financing_date, e.expansion_signals,
               e.tags, e.risk_status, coalesce(g.n, 0) AS engagement,
               ${nodeList ? `coalesce(n.nodes, '[]'::jsonb) AS nodes,` : ''}
               ${opts.chainNodeScore ? 'n.chain_best, 0 AS chain_leader_ties,' : ''}
               -- A 64-bit hash of the values themselves (no text rendering): a change is missed with odds of 2^-64.
               hash_record_extended(row(e.status, e.region, e.founded_on, e.registered_capital, e.employees, e.tech_staff, e.revenue,
                       e.revenue_prev_year, e.output, e.rd_expense, e.invention_patents, e.high_value_patents,
                       e.hightech_certified_on, e.srdi_level, e.listing_status, e.financing_round, e.financing_amount,
                       e.financing_date, e.expansion_signals, e.tags, e.risk_status, coalesce(g.n, 0), n.nodes_key,
                       (${opts.modelParam})::text, (${opts.asOfParam})::text), 0)::text AS hash,
               p.input_hash AS stored_hash, p.total AS stored_total, p.badges AS stored_badges
        FROM ${enterprisesRel('e')}
        LEFT JOIN nodes n ON n.enterprise_id = e.id
        LEFT JOIN engagement g ON g.enterprise_id = e.id
        LEFT JOIN enterprise_profiles p ON p.enterprise_id = e.id AND ${ids('p.enterprise_id')}
        WHERE ${ids('e.id')}
      ) f ${opts.onlyChanged ? 'WHERE f.stored_hash IS DISTINCT FROM f.hash' : ''}
    )`;
}

export interface FactsRow {
  id: string;
  status: ProfileFacts['status'];
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
  srdi_level: ProfileFacts['srdiLevel'];
  listing_status: ProfileFacts['listingStatus'];
  financing_round: string | null;
  financing_amount: string | null;
  financing_date: string | null;
  expansion_signals: string[];
  tags: string[];
  risk_status: ProfileFacts['riskStatus'];
  nodes: [string, ProfileFacts['nodes'][number]['role'], string | number, string?][];
  engagement: number;
  hash: string;
  stored_hash: string | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function toFacts(r: FactsRow): ProfileFacts {
  return {
    status: r.status,
    region: r.region,
    foundedOn: r.founded_on,
    registeredCapital: num(r.registered_capital),
    employees: r.employees,
    techStaff: r.tech_staff,
    revenue: num(r.revenue),
    revenuePrevYear: num(r.revenue_prev_year),
    output: num(r.output),
    rdExpense: num(r.rd_expense),
    inventionPatents: r.invention_patents,
    highValuePatents: r.high_value_patents,
    hightechCertifiedOn: r.hightech_certified_on,
    srdiLevel: r.srdi_level,
    listingStatus: r.listing_status,
    financingRound: r.financing_round,
    financingAmount: num(r.financing_amount),
    financingDate: r.financing_date,
    expansionSignals: r.expansion_signals,
    tags: r.tags,
    riskStatus: r.risk_status,
    nodes: r.nodes.map(([code, role, need, name]) => ({ code, role, need: Number(need), ...(name ? { name } : {}) })),
    // No supplier/customer data yet: the reason says so rather than inventing ties (the SQL scorer reads 0 too).
    chainLeaderTies: 0,
    engagement: Number(r.engagement),
  };
}

export interface ChainMedianRow { chain: string; firms: number; scale: number | null; growth: number | null; innovation: number | null; chain_fit: number | null; landing: number | null; total: number | null }

/** The chains enterprise $1 is on, by code. */
export const enterpriseChainsQuery = `
  SELECT DISTINCT cn.chain_code AS chain FROM ${enterpriseNodesRel('en')} JOIN ${chainNodesRel('cn')} ON cn.code = en.node_code
  WHERE en.enterprise_id = $1 ORDER BY 1`;

/**
 * Per chain of $1 (chain codes), the median dimension scores of the in-park firms on that chain: one set-based
 * statement across the registry and the profiles, like the facts above. Index-only throughout: the in-park ids from
 * enterprises_status_name_idx, hash-semi-joined with the chain's nodes from enterprise_nodes_node_idx (node_code,
 * enterprise_id), then each firm's profile. Hundreds of milliseconds for a chain of 300,000 node rows at 1,000,000
 * firms, so the repository keeps each chain's answer until the data changes.
 */
export const chainMediansQuery = `
  SELECT c.chain_code AS chain, count(p.enterprise_id)::int AS firms,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.scale) AS scale,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.growth) AS growth,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.innovation) AS innovation,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.chain_fit) AS chain_fit,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.landing) AS landing,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.total) AS total
  FROM unnest($1::text[]) AS c(chain_code)
  LEFT JOIN LATERAL (
    SELECT e.id FROM ${enterprisesRel('e')}
    WHERE e.status = 'IN_PARK'
      AND EXISTS (SELECT 1 FROM ${enterpriseNodesRel('en')} WHERE en.enterprise_id = e.id
                  AND en.node_code = ANY (ARRAY(SELECT cn.code FROM ${chainNodesRel('cn')} WHERE cn.chain_code = c.chain_code)))
  ) f ON true
  LEFT JOIN enterprise_profiles p ON p.enterprise_id = f.id
  GROUP BY c.chain_code ORDER BY c.chain_code`;
