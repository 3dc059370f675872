import 'antd/dist/antd.css';
import './styles/board.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { storedLang } from './i18n';
import { App, pageFor } from './App';
import { SessionDocument } from './gql/graphql';
import { client } from './lib/apollo';
import { boardArrived, boardFilter, prefetchBoard, prefetchedBoardSettled } from './lib/board-prefetch';
import { readFirstPaint } from './lib/first-paint';
import { getSession } from './lib/session';

const path = location.pathname;
const session = getSession();
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);
// The server painted this page (the board, opened with the session cookie): take over its HTML with the data it
// was rendered from, when it was rendered for this tab's session and language.
const painted = readFirstPaint();
if (painted && session?.user.id === painted.session.me?.id && painted.lang === storedLang()) {
  client.writeQuery({ query: SessionDocument, data: painted.session });
  boardArrived(boardFilter(new URLSearchParams(location.search), session.user.id), painted.board);
  void pageFor(path)!.preload().then(() => hydrateRoot(root, app));
} else {
  // The page's chunk, the shell's reference data and (on /board) the board leave with the app's first requests,
  // not after its first render.
  if (session && path !== '/login') void client.query({ query: SessionDocument, fetchPolicy: 'cache-first' }).catch(() => undefined);
  if (path.startsWith('/board')) prefetchBoard();
  const firstPage = pageFor(path);
  // Rendered before its module is in, the page suspends, and React holds its fallback on screen for the reveal
  // throttle (300 ms) even when data and module arrive long before. The board, like a route loader, waits
  // (briefly) for its data too, so that its columns paint at once instead of a skeleton first.
  void Promise.all([
    firstPage?.preload().catch(() => undefined),
    path.startsWith('/board') ? prefetchedBoardSettled(400) : undefined,
  ]).then(() => {
    root.replaceChildren();
    createRoot(root).render(app);
  });
}
