import 'reflect-metadata';
import { loadConfig, preflight, runMain } from '../../../libs/platform/src/index.js';
import { createWorker } from './bootstrap.js';

runMain('worker', async () => {
  const config = loadConfig();
  await preflight(config);
  await createWorker(config);
  console.log('Lianzhao worker started');
});
