import pg from 'pg';
import type { DataSourceOptions, MixedList } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';

/**
 * Options shared by the API, the worker, migrations and tests. Schema changes come only from migrations:
 * `synchronize` stays off so what runs in production is what was reviewed.
 */
export function dataSourceOptions(
  config: AppConfig,
  entities: MixedList<Function>,
  migrations: MixedList<Function> = [],
  overrides: { poolSize?: number; applicationName?: string } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    logging: false,
    poolSize: overrides.poolSize ?? 10,
    applicationName: overrides.applicationName ?? 'lianzhao',
    extra: { connectionTimeoutMillis: 5000 },
  };
}

// Calendar dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
