/**
 * The pipeline as other libs' set-based statements read it: FROM-items with the columns this lib promises (a
 * column left out here is free to change). Plain subqueries, flattened by PostgreSQL into the statement; the
 * inner alias repeats the outer one so EXPLAIN reads as if the table were named directly.
 */
export const leadsRel = (alias: string) => `(SELECT id, enterprise_id FROM leads ${alias}) ${alias}`;
export const leadActivitiesRel = (alias: string) => `(SELECT lead_id, occurred_at FROM lead_activities ${alias}) ${alias}`;
