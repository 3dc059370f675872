import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chainNodesRel, chainsRel } from '../../chains/src/chain-sql.js';
import { enterprisesRel } from '../../enterprises/src/enterprise-sql.js';

export interface NewMatchRow {
  id: string;
  score: number;
  node_code: string;
  enterprise_id: string;
  reason: string | null;
}

/** Reads of chain-gap matches by period (the weekly digest's "best new matches"). */
@Injectable()
export class GapMatchReads {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Matches first proposed in [from, to) that are still open (NEW, enterprise still a candidate, proposed again by the
   * latest run: a match whose gap was filled since is no longer on the chain map, see GapsService.matchesFor), best first.
   * `homeSubParkIds`: only nodes of chains homed in these sub-parks (a group's digest); null for the whole park.
   */
  async newMatches(from: Date, to: Date, homeSubParkIds: readonly string[] | null, limit: number): Promise<{ count: number; rows: NewMatchRow[] }> {
    const base = `FROM gap_matches m
      JOIN ${enterprisesRel('e')} ON e.id = m.enterprise_id
      JOIN ${chainNodesRel('cn')} ON cn.code = m.node_code
      JOIN ${chainsRel('c')} ON c.code = cn.chain_code
      WHERE m.created_at >= $1 AND m.created_at < $2 AND m.status = 'NEW' AND e.status = 'CANDIDATE' AND m.run_id = (SELECT max(id) FROM gap_runs)
        AND ($3::bigint[] IS NULL OR c.home_sub_park_id = ANY($3::bigint[]))`;
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query(
        `SELECT m.id, m.score, m.node_code, m.enterprise_id, m.reasons->0->>'text' AS reason ${base} ORDER BY m.score DESC, m.id LIMIT $4`,
        [from, to, homeSubParkIds, limit],
      ),
      this.dataSource.query(`SELECT count(*)::int AS n ${base}`, [from, to, homeSubParkIds]),
    ]);
    return { count: n, rows: rows.map((r: NewMatchRow) => ({ ...r, id: String(r.id), enterprise_id: String(r.enterprise_id), score: Number(r.score) })) };
  }
}
