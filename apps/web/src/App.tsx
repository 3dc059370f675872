import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { client } from './lib/apollo';
import { prefetchBoard } from './lib/board-prefetch';
import { sessionExpired, useSession } from './lib/session';

// Each page is its own chunk: sign-in loads none of the others, the board none of the registry's.
const pages = {
  login: () => import('./pages/LoginPage'),
  home: () => import('./pages/HomePage'),
  board: () => import('./pages/BoardPage'),
  lead: () => import('./pages/LeadPage'),
  registry: () => import('./pages/RegistryPage'),
};
// The chunk of the page being opened starts loading with the app, not after the session query.
const first = location.pathname;
if (first.startsWith('/board')) {
  void pages.board();
  prefetchBoard();
}
else if (first.startsWith('/leads/')) void pages.lead();
else if (first === '/enterprises') void pages.registry();
else if (first === '/login') void pages.login();
const LoginPage = lazy(pages.login);
const HomePage = lazy(pages.home);
const BoardPage = lazy(pages.board);
const LeadPage = lazy(pages.lead);
const RegistryPage = lazy(pages.registry);
const EnterprisePage = lazy(() => import('./pages/EnterprisePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const ChainsPage = lazy(() => import('./pages/ChainsPage'));
const CockpitPage = lazy(() => import('./pages/CockpitPage'));
const DigestsPage = lazy(() => import('./pages/DigestsPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));

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
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}>
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
