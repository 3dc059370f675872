import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, recordAudit } from '../../platform/src/index.js';
import type { ChainNodeInput } from './chain-node.input.js';
import { ChainCode, type ChainNode, type IndustryChain } from './chains.models.js';

interface NodeRow {
  code: string;
  chain_code: ChainCode;
  name: string;
  segment: ChainNode['segment'];
  parent_code: string | null;
  weight: number;
  target_count: number;
  bottleneck: boolean;
  keywords: string[];
}

const toNode = (r: NodeRow): ChainNode => ({
  code: r.code,
  name: r.name,
  chain: r.chain_code,
  segment: r.segment,
  parentCode: r.parent_code,
  weight: r.weight,
  targetCount: r.target_count,
  bottleneck: r.bottleneck,
  keywords: r.keywords,
});

const NODE_COLUMNS = 'code, chain_code, name, segment, parent_code, weight, target_count, bottleneck, keywords';

@Injectable()
export class ChainsService {
  constructor(
    private readonly dataSource: DataSource,
  ) {}

  async industryChains(): Promise<IndustryChain[]> {
    const [chains, nodes]: [{ code: ChainCode; name: string; name_en: string }[], NodeRow[]] = await Promise.all([
      this.dataSource.query('SELECT code, name, name_en FROM chains ORDER BY sort'),
      this.dataSource.query(`SELECT ${NODE_COLUMNS} FROM chain_nodes ORDER BY chain_code, sort, code`),
    ]);
    return chains.map((c) => ({ code: c.code, name: c.name, nameEn: c.name_en, nodes: nodes.filter((n) => n.chain_code === c.code).map(toNode) }));
  }

  async nodesByCodes(codes: readonly string[]): Promise<Map<string, ChainNode>> {
    const rows: NodeRow[] = await this.dataSource.query(`SELECT ${NODE_COLUMNS} FROM chain_nodes WHERE code = ANY($1)`, [codes]);
    return new Map(rows.map((r) => [r.code, toNode(r)]));
  }

  /**
   * How much the park needs each node, as the gap analysis measured it, written in the caller's transaction.
   * Returns the codes whose need moved (their enterprises are to be re-profiled).
   */
  async setNeeds(manager: EntityManager, needs: readonly { nodeCode: string; need: number }[]): Promise<string[]> {
    const changed: { node_code: string }[] = await manager.query(
      `WITH input AS (SELECT * FROM unnest($1::text[], $2::real[]) AS t(node_code, need)),
       up AS (
         INSERT INTO chain_node_needs AS n (node_code, need) SELECT node_code, need FROM input
         ON CONFLICT (node_code) DO UPDATE SET need = EXCLUDED.need, updated_at = now() WHERE n.need IS DISTINCT FROM EXCLUDED.need
         RETURNING n.node_code
       ) SELECT node_code FROM up`,
      [needs.map((n) => n.nodeCode), needs.map((n) => n.need)],
    );
    return changed.map((c) => c.node_code);
  }

  /** ADMIN: add a node or change one; a parent must be in the same chain and segment, and no node may become its own ancestor. */
  async upsertNode(scope: Scope, input: ChainNodeInput): Promise<ChainNode> {
    scope.require(Role.ADMIN);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7200)'); // serialise map edits: the cycle check reads the tree
      const [before]: NodeRow[] = await manager.query(`SELECT ${NODE_COLUMNS} FROM chain_nodes WHERE code = $1`, [input.code]);
      if (before && before.chain_code !== input.chain) throw badInput('chain', `chain: node ${input.code} belongs to ${before.chain_code}`);
      if (before && before.segment !== input.segment) {
        const [child] = await manager.query('SELECT 1 FROM chain_nodes WHERE parent_code = $1 LIMIT 1', [input.code]);
        if (child) throw badInput('segment', 'segment: the node has sub-nodes in its segment; move them first');
      }
      if (input.parentCode) {
        const [parent]: NodeRow[] = await manager.query(`SELECT ${NODE_COLUMNS} FROM chain_nodes WHERE code = $1`, [input.parentCode]);
        if (!parent) throw badInput('parentCode', `parentCode: unknown node ${input.parentCode}`);
        if (parent.chain_code !== input.chain || parent.segment !== input.segment) {
          throw badInput('parentCode', 'parentCode: the parent must be in the same chain and segment');
        }
        const [cycle] = await manager.query(
          `WITH RECURSIVE up AS (SELECT code, parent_code FROM chain_nodes WHERE code = $1
             UNION ALL SELECT n.code, n.parent_code FROM chain_nodes n JOIN up ON n.code = up.parent_code)
           SELECT 1 FROM up WHERE code = $2`,
          [input.parentCode, input.code],
        );
        if (cycle) throw badInput('parentCode', 'parentCode: a node cannot sit under itself');
      }
      const after = {
        name: input.name,
        segment: input.segment,
        parent_code: input.parentCode ?? null,
        weight: input.weight,
        target_count: input.targetCount ?? before?.target_count ?? 1,
        bottleneck: input.bottleneck ?? before?.bottleneck ?? false,
        keywords: input.keywords ?? before?.keywords ?? [],
      };
      const [row]: NodeRow[] = await manager.query(
        `INSERT INTO chain_nodes (code, chain_code, name, segment, parent_code, weight, target_count, bottleneck, keywords, sort)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, (SELECT coalesce(max(sort), 0) + 1 FROM chain_nodes WHERE chain_code = $2))
         ON CONFLICT (code) DO UPDATE SET name = $3, segment = $4, parent_code = $5, weight = $6, target_count = $7,
           bottleneck = $8, keywords = $9, updated_at = now()
         RETURNING ${NODE_COLUMNS}`,
        [input.code, input.chain, after.name, after.segment, after.parent_code, after.weight, after.target_count, after.bottleneck, after.keywords],
      );
      await recordAudit(manager, {
        actorId: scope.userId,
        action: before ? 'updateChainNode' : 'createChainNode',
        entity: 'ChainNode',
        entityId: input.code,
        before: before ? { name: before.name, segment: before.segment, parentCode: before.parent_code, weight: before.weight, targetCount: before.target_count, bottleneck: before.bottleneck, keywords: before.keywords } : null,
        after: { name: after.name, segment: after.segment, parentCode: after.parent_code, weight: after.weight, targetCount: after.target_count, bottleneck: after.bottleneck, keywords: after.keywords },
      });
      return toNode(row);
    });
  }
}
