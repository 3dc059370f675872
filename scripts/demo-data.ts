import { DataSource } from 'typeorm';
import { seedDemoEnterprises } from '../libs/enterprises/src/demo/seed-demo.js';
import { ENTITIES } from '../libs/entities.js';
import { dataSourceOptions, enqueueInTransaction, type AppConfig } from '../libs/platform/src/index.js';

/** On an empty registry (and unless DEMO_DATA=false), fill it with synthetic enterprises so the UI has something to show. */
export async function seedDemoDataIfEmpty(config: AppConfig): Promise<number> {
  if (!config.DEMO_DATA || config.DEMO_DATA_SIZE === 0) return 0;
  const ds = new DataSource(dataSourceOptions(config, ENTITIES, [], { poolSize: 2, applicationName: 'lianzhao-seed' }));
  await ds.initialize();
  try {
    const [{ any }] = await ds.query('SELECT EXISTS (SELECT 1 FROM enterprises) AS any');
    if (any) return 0;
    const seeded = await seedDemoEnterprises(ds, config.DEMO_DATA_SIZE);
    // Profile the new registry in the background, through the outbox like any other change.
    await ds.transaction(async (manager) => {
      const [{ id }] = await manager.query(`INSERT INTO job_runs (kind) VALUES ('RecomputeProfiles') RETURNING id`);
      await enqueueInTransaction(manager, { name: 'RecomputeProfiles', payload: { runId: String(id) } });
    });
    return seeded;
  } finally {
    await ds.destroy();
  }
}
