/**
 * SQL another lib may embed to filter by the registry without reading its tables itself: ids of the
 * enterprises whose name matches an ILIKE pattern held in `param` ($n).
 */
export const enterpriseIdsByNameSql = (param: string) => `SELECT id FROM enterprises WHERE name ILIKE ${param}`;
