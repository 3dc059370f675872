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
import { sessionExpired, useSession } from './lib/session';

// Each page is its own chunk: sign-in loads none of the others, the board none of the registry's.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const BoardPage = lazy(() => import('./pages/BoardPage'));
const LeadPage = lazy(() => import('./pages/LeadPage'));
const RegistryPage = lazy(() => import('./pages/RegistryPage'));
const EnterprisePage = lazy(() => import('./pages/EnterprisePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

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
