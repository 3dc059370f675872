/**
 * SQL another lib may embed to filter by the chain map without reading its tables itself: the codes of the
 * nodes of one chain. `param` is the placeholder holding the chain code ($n).
 */
export const nodeCodesOfChainSql = (param: string) => `SELECT code FROM chain_nodes WHERE chain_code = ${param}`;
