/**
 * Stored profiles as other libs' set-based statements read them: a FROM-item with the columns this lib promises
 * (a column left out here is free to change). A plain subquery, flattened by PostgreSQL into the statement; the
 * inner alias repeats the outer one so EXPLAIN reads as if the table were named directly. The registry, which
 * sits below this lib, gets it from the apps (RegistryScoresModule).
 */
export const profileScoresRel = (alias: string) =>
  `(SELECT enterprise_id, total, scale, innovation, landing, badges FROM enterprise_profiles ${alias}) ${alias}`;
