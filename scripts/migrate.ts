import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../libs/entities.js';
import { dataSourceOptions, loadConfig, preflight, runMain, type AppConfig } from '../libs/platform/src/index.js';
import { MIGRATIONS } from '../migrations/index.js';

/** Applies pending migrations in one transaction each; safe to run when nothing is pending. */
export async function migrate(config: AppConfig): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(config, ENTITIES, MIGRATIONS, { poolSize: 2, applicationName: 'lianzhao-migrate' }), migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    // Two processes starting at once must not both migrate.
    await ds.query('SELECT pg_advisory_lock(7000)');
    const applied = await ds.runMigrations();
    return applied.map((m) => m.name);
  } finally {
    await ds.query('SELECT pg_advisory_unlock(7000)').catch(() => undefined);
    await ds.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMain('migrate', async () => {
    const config = loadConfig();
    await preflight(config, { createDatabase: true });
    const applied = await migrate(config);
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  });
}
