import { DataSource } from 'typeorm';
import { seedDemoEnterprises } from '../libs/enterprises/src/demo/seed-demo.js';
import { ENTITIES } from '../libs/entities.js';
import { dataSourceOptions, type AppConfig } from '../libs/platform/src/index.js';

/** On an empty registry (and unless DEMO_DATA=false), fill it with synthetic enterprises so the UI has something to show. */
export async function seedDemoDataIfEmpty(config: AppConfig): Promise<number> {
  if (!config.DEMO_DATA || config.DEMO_DATA_SIZE === 0) return 0;
  const ds = new DataSource(dataSourceOptions(config, ENTITIES, [], { poolSize: 2, applicationName: 'lianzhao-seed' }));
  await ds.initialize();
  try {
    const [{ any }] = await ds.query('SELECT EXISTS (SELECT 1 FROM enterprises) AS any');
    if (any) return 0;
    return await seedDemoEnterprises(ds, config.DEMO_DATA_SIZE);
  } finally {
    await ds.destroy();
  }
}
