/**
 * The board's first paint, rendered on the server (apps/api/src/board-first-paint.ts calls it). Officers open the
 * board more than any page; rendered in the browser it waits for the app's JavaScript to load and run before a
 * single card shows. Rendered here from the same components, it paints with the HTML, and the browser hydrates it.
 * Built by `vite build --ssr` into apps/web/dist-ssr.
 */
import { ApolloClient, ApolloLink } from '@apollo/client';
import { print } from 'graphql';
import { createInstance } from 'i18next';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { App, pageFor } from './App';
import { BoardDocument, SessionDocument, type BoardQuery, type SessionQuery } from './gql/graphql';
import { i18nOptions, type Lang } from './i18n';
import { createCache } from './lib/apollo';
import { BOARD_PAGE, boardArrived, boardFilter, releaseArrivedBoard } from './lib/board-prefetch';
import { firstPaintElement } from './lib/first-paint';
import { renderingFor } from './lib/session';

export type { BoardQuery, SessionQuery };
export type { Lang };

/** The GraphQL requests the first paint needs, exactly as the page itself would send them. */
export const sessionRequest = { operationName: 'Session', query: print(SessionDocument), variables: {} };
export function boardRequest(search: string, meId: string) {
  return { operationName: 'Board', query: print(BoardDocument), variables: { filter: boardFilter(new URLSearchParams(search), meId), first: BOARD_PAGE } };
}

// One translator per language: requests rendered one after another never see each other's language.
const translators = Object.fromEntries((['zh-CN', 'en'] as const).map((lng) => {
  const t = createInstance({ ...i18nOptions, lng });
  void t.use(initReactI18next).init();
  return [lng, t];
})) as Record<Lang, ReturnType<typeof createInstance>>;

export interface BoardPaintInput {
  /** The path and query the browser asked for (/board?chain=…). */
  url: string;
  lang: Lang;
  expiresAt: string;
  session: SessionQuery;
  board: BoardQuery;
}

/** The markup of #root and the element carrying its data, for the browser to hydrate. */
export async function renderBoard(input: BoardPaintInput): Promise<{ root: string; data: string }> {
  await pageFor('/board')!.preload();
  const me = input.session.me;
  if (!me) throw new Error('no signed-in user');
  const url = new URL(input.url, 'http://first-paint');
  // A client of this request's own: nothing one user's render caches reaches another's.
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty() });
  client.writeQuery({ query: SessionDocument, data: input.session });
  const filter = boardFilter(url.searchParams, me.id);
  // Module state set here is read by the synchronous render below and cleared after it: it is this request's alone.
  boardArrived(filter, input.board);
  renderingFor({ token: '', expiresAt: input.expiresAt, user: { id: me.id, email: me.email, name: me.name, role: me.role, subParkIds: me.subParkIds } });
  try {
    const root = renderToString(
      <StrictMode>
        <I18nextProvider i18n={translators[input.lang]}>
          <App client={client} location={url.pathname + url.search} />
        </I18nextProvider>
      </StrictMode>,
    );
    return { root, data: firstPaintElement({ lang: input.lang, session: input.session, board: input.board }) };
  } finally {
    renderingFor(null);
    releaseArrivedBoard();
  }
}
