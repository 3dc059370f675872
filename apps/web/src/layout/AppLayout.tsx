import { AppstoreOutlined, ApartmentOutlined, DashboardOutlined, DatabaseOutlined, HomeOutlined, LogoutOutlined, MailOutlined, SearchOutlined, SettingOutlined, ToolOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Avatar, Button, Dropdown, Layout, Space, Tag, Typography } from 'antd';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AppReady } from '../components/AppReady';
import { GlobalSearch } from '../components/GlobalSearch';
import { LangSwitch } from '../components/LangSwitch';
import { ErrorState, Loading } from '../components/States';
import { SessionDocument } from '../gql/graphql';
import { ReferenceContext } from '../lib/reference';
import { endSession, useSession } from '../lib/session';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { data, error, refetch } = useQuery(SessionDocument, { fetchPolicy: 'cache-first' });
  const [searchOpen, setSearchOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const path = location.pathname;
  const section = path.startsWith('/board') || path.startsWith('/leads') ? 'board'
    : path.startsWith('/enterprises') ? 'registry'
    : path.startsWith('/chains') ? 'chains'
    : path.startsWith('/kpis') ? 'cockpit'
    : path.startsWith('/digests') ? 'digests'
    : path.startsWith('/admin') ? 'admin'
    : path.startsWith('/settings') ? 'settings' : 'home';
  const user = data?.me ?? session?.user;
  // 管理 is shown to administrators only; the API refuses the rest if the URL is typed in.
  const menu: [string, string, ReactNode, string][] = [
    ['home', '/', <HomeOutlined key="i" />, t('nav.home')],
    ['board', '/board', <AppstoreOutlined key="i" />, t('nav.board')],
    ['registry', '/enterprises', <DatabaseOutlined key="i" />, t('nav.registry')],
    ['chains', '/chains', <ApartmentOutlined key="i" />, t('nav.chains')],
    ['cockpit', '/kpis', <DashboardOutlined key="i" />, t('nav.cockpit')],
    ['digests', '/digests', <MailOutlined key="i" />, t('nav.digests')],
    ...(user?.role === 'ADMIN' ? [['admin', '/admin', <ToolOutlined key="i" />, t('nav.admin')] as [string, string, ReactNode, string]] : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={208} theme="dark">
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 20px', color: '#fff' }}>
          <span style={{ display: 'inline-flex', width: 32, height: 32, borderRadius: 8, background: '#1f5fbf', alignItems: 'center', justifyContent: 'center', fontWeight: 700 }}>链</span>
          <span style={{ lineHeight: 1.2 }}>
            <div style={{ fontSize: 16, fontWeight: 600 }}>{t('app.name')}</div>
            <div style={{ fontSize: 11, opacity: 0.65 }}>{t('app.subtitle')}</div>
          </span>
        </Link>
        <nav>
          {menu.map(([key, to, icon, label]) => (
            <Link key={key} to={to} data-testid={`nav-${key}`} aria-current={section === key ? 'page' : undefined} style={{
              display: 'flex', alignItems: 'center', gap: 10, height: 40, margin: '4px 8px', padding: '0 16px', borderRadius: 8,
              color: section === key ? '#fff' : 'rgba(255,255,255,.72)', background: section === key ? '#1f5fbf' : 'transparent',
            }}>
              {icon}<span>{label}</span>
            </Link>
          ))}
        </nav>
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #f0f0f0' }}>
          <Button icon={<SearchOutlined />} onClick={() => setSearchOpen(true)} data-testid="open-search" style={{ width: 360, justifyContent: 'flex-start', color: '#8c8c8c' }}>
            {t('nav.searchHint')}
            <Tag style={{ marginInlineStart: 'auto' }}>Ctrl K</Tag>
          </Button>
          <div style={{ flex: 1 }} />
          <LangSwitch />
          <Dropdown menu={{ items: [{ key: 'settings', icon: <SettingOutlined />, label: <Link to="/settings">{t('nav.settings')}</Link> }, { key: 'out', icon: <LogoutOutlined />, label: t('nav.signOut'), onClick: () => endSession() }] }}>
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f5fbf' }} />
              <span>{user?.name ?? user?.email}</span>
              {user && <Typography.Text type="secondary">{t(`roles.${user.role}`)}</Typography.Text>}
            </Space>
          </Dropdown>
        </Header>
        <Content style={{ padding: 24, minWidth: 0 }}>
          {error ? (
            <ErrorState error={error} retry={() => void refetch()} />
          ) : !data ? (
            <Loading />
          ) : (
            <ReferenceContext.Provider value={data}>
              <Suspense fallback={<Loading />}>
                <Outlet />
                <AppReady />
              </Suspense>
              <GlobalSearch open={searchOpen} onClose={() => setSearchOpen(false)} />
            </ReferenceContext.Provider>
          )}
        </Content>
      </Layout>
    </Layout>
  );
}
