/**
 * The chain map as other libs' set-based statements read it: FROM-items with the columns this lib promises (a
 * column left out here is free to change). Each is a plain subquery, which PostgreSQL flattens into the
 * statement, so plans are those of the tables themselves; the inner alias repeats the outer one so EXPLAIN
 * reads the same too.
 */
export const chainsRel = (alias: string) => `(SELECT code, home_sub_park_id FROM chains ${alias}) ${alias}`;
export const chainNodesRel = (alias: string) =>
  `(SELECT code, chain_code, name, weight, target_count, bottleneck, sort FROM chain_nodes ${alias}) ${alias}`;
/** How much the park needs a node, once the gap analysis has measured it (no row before that). */
export const chainNodeNeedsRel = (alias: string) => `(SELECT node_code, need FROM chain_node_needs ${alias}) ${alias}`;

/**
 * SQL another lib may embed to filter by the chain map without reading its tables itself: the codes of the
 * nodes of one chain. `param` is the placeholder holding the chain code ($n).
 */
export const nodeCodesOfChainSql = (param: string) => `SELECT code FROM chain_nodes WHERE chain_code = ${param}`;
