/**
 * Users and their sub-parks as other libs' set-based statements read them: FROM-items with the columns this lib
 * promises (a column left out here is free to change). Plain subqueries, flattened by PostgreSQL into the
 * statement; the inner alias repeats the outer one so EXPLAIN reads as if the table were named directly.
 */
export const usersRel = (alias: string) => `(SELECT id, role FROM users ${alias}) ${alias}`;
export const userSubParksRel = (alias: string) => `(SELECT user_id, sub_park_id FROM user_sub_parks ${alias}) ${alias}`;
