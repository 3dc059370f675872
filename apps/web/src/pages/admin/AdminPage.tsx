import { Button, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Loading, NoAccess } from '../../components/States';
import { useReference } from '../../lib/reference';

const UsersPage = lazy(() => import('./UsersPage'));
const SubParksPage = lazy(() => import('./SubParksPage'));
const ChainMapAdminPage = lazy(() => import('./ChainMapAdminPage'));
const ModelsPage = lazy(() => import('./ModelsPage'));
const JobsPage = lazy(() => import('./JobsPage'));
const AuditPage = lazy(() => import('./AuditPage'));

const SECTIONS = ['users', 'sub-parks', 'chains', 'models', 'jobs', 'audit'] as const;
const TAB_KEYS: Record<(typeof SECTIONS)[number], string> = { users: 'users', 'sub-parks': 'subParks', chains: 'chains', models: 'models', jobs: 'jobs', audit: 'audit' };

/**
 * 管理: administrators only. Others reach it only by typing the URL (the menu hides it): they get a clear "no access"
 * page and no request is made — the API would refuse each with FORBIDDEN anyway.
 */
export default function AdminPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const location = useLocation();
  const navigate = useNavigate();
  if (ref.me.role !== 'ADMIN') {
    return <NoAccess title={t('admin.noAccessTitle')} body={t('admin.noAccessBody')} extra={<Link to="/"><Button type="primary">{t('admin.backHome')}</Button></Link>} />;
  }
  const active = SECTIONS.find((s) => location.pathname.startsWith(`/admin/${s}`)) ?? 'users';
  return (
    <div data-testid="admin-page">
      <Typography.Title level={3} style={{ marginBottom: 4 }}>{t('admin.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('admin.subtitle')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/admin/${key}`)}
        items={SECTIONS.map((s) => ({ key: s, label: <span data-testid={`admin-tab-${s}`}>{t(`admin.tabs.${TAB_KEYS[s]}`)}</span> }))}
      />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="sub-parks" element={<SubParksPage />} />
          <Route path="chains" element={<ChainMapAdminPage />} />
          <Route path="models" element={<ModelsPage />} />
          <Route path="jobs" element={<JobsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={<Navigate to="users" replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}
