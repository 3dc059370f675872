import type { ValueTransformer } from 'typeorm';

/**
 * Money is stored exactly as bigint fen (1 万元 = 1,000,000 fen) and is a safe JS integer up to 9e15 fen
 * (90 billion 万元), far beyond any firm here. The API speaks 万元, as officers do.
 */
export const FEN_PER_WAN = 1_000_000;

export const wanToFen = (wan: number | null | undefined): number | null =>
  wan === null || wan === undefined ? null : Math.round(wan * FEN_PER_WAN);

export const fenToWan = (fen: number | null | undefined): number | null =>
  fen === null || fen === undefined ? null : fen / FEN_PER_WAN;

/** pg returns bigint as string; these columns never exceed Number.MAX_SAFE_INTEGER (see above). */
export const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
