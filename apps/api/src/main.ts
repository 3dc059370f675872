import 'reflect-metadata';
import { loadConfig, preflight } from '../../../libs/platform/src/index.js';
import { runMain } from '../../../libs/platform/src/run-main.js';
import { createApiApp } from './bootstrap.js';

runMain('api', async () => {
  const config = loadConfig();
  await preflight(config);
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`Lianzhao API listening on http://127.0.0.1:${config.PORT}/graphql`);
});
