import { ConfigError } from './config/app-config.js';
import { ServiceUnreachableError } from './preflight.js';

/** Known start-up failures end in one clear line and a non-zero exit, never a stack trace. */
export function runMain(processName: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ServiceUnreachableError || error instanceof ConfigError) {
      console.error(`[lianzhao ${processName}] ${error.message}`);
    } else {
      console.error(`[lianzhao ${processName}] failed to start: ${(error as Error)?.message ?? error}`);
    }
    process.exit(1);
  });
}
