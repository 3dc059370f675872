import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createElement, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { client } from './lib/apollo';
import { prefetchBoard, prefetchedBoardSettled } from './lib/board-prefetch';
import { getSession, sessionExpired, useSession } from './lib/session';
import { SessionDocument } from './gql/graphql';

// Each page is its own chunk: sign-in loads none of the others, the board none of the registry's.
const pages = {
  login: page(() => import('./pages/LoginPage')),
  home: page(() => import('./pages/HomePage')),
  board: page(() => import('./pages/BoardPage')),
  lead: page(() => import('./pages/LeadPage')),
  registry: page(() => import('./pages/RegistryPage')),
  enterprise: page(() => import('./pages/EnterprisePage')),
  notFound: page(() => import('./pages/NotFoundPage')),
  chains: page(() => import('./pages/ChainsPage')),
  cockpit: page(() => import('./pages/CockpitPage')),
  digests: page(() => import('./pages/DigestsPage')),
  settings: page(() => import('./pages/SettingsPage')),
  admin: page(() => import('./pages/admin/AdminPage')),
};
// The chunk of the page being opened starts loading with the app, not after the session query; so does the
// session query itself (the shell's reference data), which the layout then reads from the cache.
const first = location.pathname;
if (getSession() && first !== '/login') void client.query({ query: SessionDocument, fetchPolicy: 'cache-first' }).catch(() => undefined);
if (first.startsWith('/board')) prefetchBoard();
const firstPage =
  first.startsWith('/board') ? pages.board
  : first.startsWith('/leads/') ? pages.lead
  : first === '/enterprises' ? pages.registry
  : /^\/enterprises\/\d+/.test(first) ? pages.enterprise
  : first.startsWith('/chains') ? pages.chains
  : first.startsWith('/kpis') ? pages.cockpit
  : first.startsWith('/digests') ? pages.digests
  : first === '/settings' ? pages.settings
  : first.startsWith('/admin') ? pages.admin
  : first === '/login' ? pages.login
  : first === '/' ? pages.home
  : null;
/**
 * Resolves when the opened page's module is in (or could not load: the page then suspends and reports as usual).
 * main.tsx renders only then. Rendered earlier, the page suspends, React shows the fallback, and holds the page
 * itself back for its reveal throttle (300 ms after that fallback) even when data and module are long there.
 */
export const firstPageReady: Promise<void> = Promise.all([
  firstPage ? firstPage.preload().then(() => undefined, () => undefined) : undefined,
  // The board, like a route loader, renders with its data when that comes quickly.
  first.startsWith('/board') ? prefetchedBoardSettled(400) : undefined,
]).then(() => undefined);
const { Component: LoginPage } = pages.login;
const { Component: HomePage } = pages.home;
const { Component: BoardPage } = pages.board;
const { Component: LeadPage } = pages.lead;
const { Component: RegistryPage } = pages.registry;
const { Component: EnterprisePage } = pages.enterprise;
const { Component: NotFoundPage } = pages.notFound;
const { Component: ChainsPage } = pages.chains;
const { Component: CockpitPage } = pages.cockpit;
const { Component: DigestsPage } = pages.digests;
const { Component: SettingsPage } = pages.settings;
const { Component: AdminPage } = pages.admin;

/**
 * A lazily loaded page that does not suspend once its chunk is in: React.lazy suspends on its first render even
 * when the module arrived long before (preloaded with the app), and React then holds the fallback on screen for its
 * reveal throttle (~300 ms). A page whose module is loaded renders at once; one still loading suspends as usual.
 */
function page<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (loading ??= load().then((m) => ((loaded = m.default), m)));
  const Lazy = lazy(preload);
  const Component = (props: P) => createElement(loaded ?? (Lazy as unknown as ComponentType<P>), props);
  return { preload, Component };
}

export const PageSpinner = () => (
  <div style={{ display: 'flex', justifyContent: 'center', padding: 96 }}>
    <Spin size="large" />
  </div>
);

/** Pages behind sign-in: without a session, 登录 with the way back to this page. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}${sessionExpired() ? '&expired=1' : ''}`} replace />;
  }
  return <>{children}</>;
}

export function App() {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  useEffect(() => {
    dayjs.locale(zh ? 'zh-cn' : 'en');
    document.documentElement.lang = zh ? 'zh-CN' : 'en';
  }, [zh]);
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ zeroRuntime: true, token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}>
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <Suspense fallback={<PageSpinner />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <RequireSession>
                      <AppLayout />
                    </RequireSession>
                  }
                >
                  <Route index element={<HomePage />} />
                  <Route path="board" element={<BoardPage />} />
                  <Route path="leads/:id" element={<LeadPage />} />
                  <Route path="enterprises" element={<RegistryPage />} />
                  <Route path="enterprises/:id" element={<EnterprisePage />} />
                  {/* Routes the weekly digest links to are stable: /leads/:id, /enterprises/:id, /gaps, /kpis, /digests/:id, /settings. */}
                  <Route path="chains" element={<ChainsPage />} />
                  <Route path="gaps" element={<Navigate to="/chains" replace />} />
                  <Route path="kpis" element={<CockpitPage />} />
                  <Route path="digests" element={<DigestsPage />} />
                  <Route path="digests/:id" element={<DigestsPage />} />
                  <Route path="settings" element={<SettingsPage />} />
                  <Route path="admin/*" element={<AdminPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
