import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHAIN_MAP, GROUPS, PARK, SUB_PARKS } from '../libs/chains/src/chain-map.seed.js';
import { DEFAULT_MODEL_CONFIG } from '../libs/profiles/src/engine/model.js';
import { Harness } from './support/harness.js';

/**
 * Migrations carry their seed data as literals (migrations/data/), so they never change under a database that
 * already ran them. The live seed modules are what the code and the docs read: they must still describe what a
 * freshly migrated database holds — a change to either without a new migration fails here.
 */
describe('seed data: the live modules equal what the migrations wrote', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('holds the park, its group companies and their sub-parks', async () => {
    expect(await h.dataSource.query('SELECT code, name FROM parks')).toEqual([{ ...PARK }]);
    const groups = await h.dataSource.query('SELECT code, name FROM groups ORDER BY code');
    expect(groups).toEqual(GROUPS.map(({ code, name }) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)));
    const parks = await h.dataSource.query('SELECT p.code, p.name, g.code AS "groupCode" FROM sub_parks p JOIN groups g ON g.id = p.group_id ORDER BY p.code');
    expect(parks).toEqual(SUB_PARKS.map(({ code, name, groupCode }) => ({ code, name, groupCode })).sort((a, b) => a.code.localeCompare(b.code)));
  });

  it('holds the chain map node for node, in the seed order', async () => {
    const chains = await h.dataSource.query('SELECT code, name, name_en AS "nameEn" FROM chains ORDER BY sort');
    expect(chains).toEqual(CHAIN_MAP.map(({ code, name, nameEn }) => ({ code, name, nameEn })));
    const nodes = await h.dataSource.query(
      `SELECT code, chain_code AS "chainCode", name, segment, parent_code AS "parentCode", weight, target_count AS "targetCount", bottleneck, keywords
       FROM chain_nodes n JOIN (SELECT code AS c, sort AS chain_sort FROM chains) c ON c.c = n.chain_code ORDER BY chain_sort, n.sort`,
    );
    expect(nodes).toEqual(
      CHAIN_MAP.flatMap((c) =>
        c.nodes.map((n) => ({ code: n.code, chainCode: c.code, name: n.name, segment: n.segment, parentCode: n.parentCode, weight: n.weight, targetCount: n.targetCount, bottleneck: n.bottleneck, keywords: n.keywords })),
      ),
    );
  });

  it('holds the default profiling model as version 1, active', async () => {
    const [model] = await h.dataSource.query('SELECT version, active, config FROM profiling_models WHERE version = 1');
    expect(model).toEqual({ version: 1, active: true, config: JSON.parse(JSON.stringify(DEFAULT_MODEL_CONFIG)) });
  });
});
