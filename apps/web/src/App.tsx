import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createElement, lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, StaticRouter, useLocation } from 'react-router';
import { AppReady } from './components/AppReady';
import { AppLayout } from './layout/AppLayout';
import { sessionExpired, useSession } from './lib/session';

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
/** The chunk of the page at `path` (before the router has matched it): loaded with the app, not after its first render. */
export function pageFor(path: string): { preload: () => Promise<unknown> } | null {
  return path.startsWith('/board') ? pages.board
    : path.startsWith('/leads/') ? pages.lead
    : path === '/enterprises' ? pages.registry
    : /^\/enterprises\/\d+/.test(path) ? pages.enterprise
    : path.startsWith('/chains') ? pages.chains
    : path.startsWith('/kpis') ? pages.cockpit
    : path.startsWith('/digests') ? pages.digests
    : path === '/settings' ? pages.settings
    : path.startsWith('/admin') ? pages.admin
    : path === '/login' ? pages.login
    : path === '/' ? pages.home
    : null;
}
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

const Router = ({ location, children }: { location?: string; children: ReactNode }) =>
  location === undefined ? <BrowserRouter>{children}</BrowserRouter> : <StaticRouter location={location}>{children}</StaticRouter>;

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

/**
 * The whole app. In the browser it routes by the address bar with the shared Apollo client; on the server
 * (entry-server.tsx) it renders one `location` with a client of that request's own.
 */
export function App({ client, location }: { client: ApolloClient; location?: string }) {
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
          <Router location={location}>
            <Suspense fallback={<PageSpinner />}>
              <Routes>
                <Route path="/login" element={<><LoginPage /><AppReady /></>} />
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
          </Router>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
