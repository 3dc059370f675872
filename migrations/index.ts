import { Foundation1764100000000 } from './1764100000000-foundation.js';

/** Every migration, in order. Listed explicitly: see libs/entities.ts. */
export const MIGRATIONS = [Foundation1764100000000];
