import 'reflect-metadata';
import { loadConfig, preflight, runMain } from '../../../libs/platform/src/index.js';
import { createWorker } from './bootstrap.js';

runMain('worker', async () => {
  const config = loadConfig();
  await preflight(config);
  const worker = await createWorker(config);
  console.log('Lianzhao worker started');
  // Not Nest's shutdown hooks: they re-raise the signal after closing, so a clean stop would look like a kill.
  // close() lets active jobs finish (BullMQ's Worker.close), then the process ends with 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      console.log(`Lianzhao worker: ${signal}, finishing active jobs`);
      worker.close().then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`[lianzhao worker] stopping failed: ${error.message}`);
          process.exit(1);
        },
      );
    });
  }
});
