import { BoardDocument, type BoardQuery, type ChainCode, type LeadFilter } from '../gql/graphql';
import { client } from './apollo';
import { getSession } from './session';

export const BOARD_PAGE = 20;

/** The board's filter from its URL (`owner=me` is the signed-in user). */
export function boardFilter(params: URLSearchParams, meId: string): LeadFilter {
  const f: LeadFilter = {};
  const owner = params.get('owner');
  if (owner) f.ownerId = owner === 'me' ? meId : owner;
  if (params.get('subPark')) f.subParkId = params.get('subPark');
  if (params.get('chain')) f.chain = params.get('chain') as ChainCode;
  if (params.get('stale') === '1') f.stale = true;
  return f;
}

let early: { key: string; result: Promise<BoardQuery>; value?: BoardQuery } | null = null;

export const fetchBoard = (filter: LeadFilter): Promise<BoardQuery> =>
  client.query({ query: BoardDocument, variables: { filter, first: BOARD_PAGE }, fetchPolicy: 'no-cache' }).then(({ data }) => {
    if (!data) throw new Error('no data');
    return data;
  });

/**
 * Opening /board directly (a reload, a shared link): the board query leaves with the app's first requests instead
 * of after the session query and the page's chunk. The page takes it once if its filter is the same.
 */
export function prefetchBoard(): void {
  const session = getSession();
  if (!session || !location.pathname.startsWith('/board')) return;
  const filter = boardFilter(new URLSearchParams(location.search), session.user.id);
  const result = fetchBoard(filter);
  const entry: NonNullable<typeof early> = { key: JSON.stringify(filter), result };
  result.then((v) => (entry.value = v), () => undefined); // the page reports errors when it asks
  early = entry;
}

/** A board already in hand for `filter` (the server's first paint carried it): the page renders it, once. */
export function boardArrived(filter: LeadFilter, value: BoardQuery): void {
  early = { key: JSON.stringify(filter), result: Promise.resolve(value), value };
}

/**
 * Resolves when the prefetched board has arrived (or failed), or after `ms`: the first render waits for it so that
 * the board paints its columns at once instead of a skeleton first and the columns one render later.
 */
export function prefetchedBoardSettled(ms: number): Promise<void> {
  if (!early) return Promise.resolve();
  const settled = early.result.then(() => undefined, () => undefined);
  return Promise.race([settled, new Promise<void>((r) => setTimeout(r, ms))]);
}

/**
 * The prefetched board if it has arrived and is for `filter`. Not taken by reading: React may render the page more
 * than once before it commits (hydration restarts when an update comes in), and every attempt must see the same
 * board; the page lets go of it once it has committed (`releaseArrivedBoard`).
 */
export function arrivedBoard(filter: LeadFilter): BoardQuery | null {
  const e = early;
  return e?.value && e.key === JSON.stringify(filter) ? e.value : null;
}

export function releaseArrivedBoard(): void {
  early = null;
}

export function takePrefetchedBoard(filter: LeadFilter): Promise<BoardQuery> | null {
  const e = early;
  early = null;
  return e && e.key === JSON.stringify(filter) ? e.result : null;
}
