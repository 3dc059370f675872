/**
 * The registry as other libs' set-based statements read it: FROM-items with the columns this lib promises (a
 * column left out here is free to change). Each is a plain subquery, which PostgreSQL flattens into the
 * statement, so plans are those of the tables themselves; the inner alias repeats the outer one so EXPLAIN
 * reads the same too.
 */
export const enterprisesRel = (alias: string) =>
  `(SELECT id, name, status, sub_park_id, risk_status, region, founded_on, registered_capital, employees, tech_staff, revenue,
           revenue_prev_year, output, rd_expense, invention_patents, high_value_patents, hightech_certified_on, srdi_level,
           listing_status, financing_round, financing_amount, financing_date, expansion_signals, tags
    FROM enterprises ${alias}) ${alias}`;
export const enterpriseNodesRel = (alias: string) => `(SELECT enterprise_id, node_code, role FROM enterprise_nodes ${alias}) ${alias}`;

/**
 * SQL another lib may embed to filter by the registry without reading its tables itself: ids of the
 * enterprises whose name matches an ILIKE pattern held in `param` ($n).
 */
export const enterpriseIdsByNameSql = (param: string) => `SELECT id FROM enterprises WHERE name ILIKE ${param}`;
