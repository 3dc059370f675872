import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Modal, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { AdminImportReportDocument, AdminJobsDocument, type AdminJobRowFragment, type JobState } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { AdminError } from './shared';

const PAGE = 50;
const STATES: JobState[] = ['WAITING', 'ACTIVE', 'COMPLETED', 'FAILED'];
const STATE_COLOURS: Record<JobState, string> = { WAITING: 'default', ACTIVE: 'processing', COMPLETED: 'success', FAILED: 'error' };

function duration(from: string | null | undefined, to: string | null | undefined): string {
  if (!from || !to) return '—';
  const s = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  return s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export default function JobsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? undefined;
  const state = (params.get('state') as JobState | null) ?? undefined;
  const { data, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(AdminJobsDocument, {
    variables: { kind, state, first: PAGE }, notifyOnNetworkStatusChange: false,
  });
  const [report, setReport] = useState<string | null>(null);
  const rows = data?.jobs.edges.map((e) => e.node) ?? [];
  const running = rows.some((j) => j.state === 'WAITING' || j.state === 'ACTIVE');
  // While something visible is still running, the list follows it (the first page only: paging stays put).
  useEffect(() => {
    if (running && !(data && data.jobs.edges.length > PAGE)) startPolling(3000);
    else stopPolling();
    return () => stopPolling();
  }, [running, data, startPolling, stopPolling]);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  };
  const kindName = (k: string) => (i18n.exists(`admin.jobs.kinds.${k}`) ? t(`admin.jobs.kinds.${k}`) : k);

  const columns: ColumnsType<AdminJobRowFragment> = [
    { title: '#', dataIndex: 'id', width: 70 },
    { title: t('admin.jobs.kind'), dataIndex: 'kind', width: 130, render: (k: string) => <span data-testid="job-kind">{kindName(k)}</span> },
    { title: t('admin.jobs.state'), dataIndex: 'state', width: 96, render: (s: JobState) => <Tag color={STATE_COLOURS[s]} data-testid="job-state">{t(`admin.jobs.states.${s}`)}</Tag> },
    {
      title: t('admin.jobs.progress'), dataIndex: 'progress', width: 150,
      render: (p: number | null, j) => <Progress percent={Math.round((p ?? 0) * 10) / 10} size="small" status={j.state === 'FAILED' ? 'exception' : j.state === 'COMPLETED' ? 'success' : j.state === 'ACTIVE' ? 'active' : 'normal'} />,
    },
    { title: t('admin.jobs.who'), key: 'who', width: 120, ellipsis: true, render: (_, j) => j.createdBy?.name ?? j.createdBy?.email ?? <Typography.Text type="secondary">{t('admin.jobs.system')}</Typography.Text> },
    { title: t('admin.jobs.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    { title: t('admin.jobs.duration'), key: 'd', width: 100, render: (_, j) => duration(j.startedAt ?? j.createdAt, j.finishedAt) },
    {
      title: t('admin.jobs.result'), key: 'r',
      render: (_, j) => {
        if (j.state === 'FAILED') {
          return (
            <Tooltip title={j.failedReason}>
              <Typography.Text type="danger" ellipsis style={{ maxWidth: 360 }} data-testid="job-failure">{t('admin.jobs.failure')}{i18n.language === 'en' ? ': ' : '：'}{j.failedReason ?? '—'}</Typography.Text>
            </Tooltip>
          );
        }
        const r = (j.result ?? {}) as Record<string, unknown>;
        if (j.kind === 'ImportEnterprises' && r.importId) {
          return (
            <Space size={4} wrap>
              <span>{t('admin.jobs.imported', { created: r.created ?? 0, updated: r.updated ?? 0, rejected: r.rejected ?? 0 })}</span>
              <Button type="link" size="small" onClick={() => setReport(String(r.importId))} data-testid="job-report">{t('admin.jobs.report')}</Button>
            </Space>
          );
        }
        if (j.kind === 'RecomputeProfiles' && typeof r.written === 'number') return t('admin.jobs.profiles', { count: r.written, version: r.modelVersion ?? '' });
        if (j.kind === 'RecomputeChainGaps' && typeof r.gaps === 'number') return t('admin.jobs.gaps', { gaps: r.gaps, matches: r.matches ?? 0, proposed: r.proposed ?? 0 });
        return j.result == null ? '—' : <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>{JSON.stringify(j.result)}</Typography.Text>;
      },
    },
  ];

  return (
    <div data-testid="admin-jobs">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear placeholder={t('admin.jobs.allKinds')} style={{ width: 180 }} value={kind} onChange={(v?: string) => set('kind', v)}
          options={(data?.jobKinds ?? []).map((k) => ({ value: k, label: kindName(k) }))} data-testid="job-kind-filter" />
        <Select allowClear placeholder={t('admin.jobs.allStates')} style={{ width: 140 }} value={state} onChange={(v?: string) => set('state', v)}
          options={STATES.map((s) => ({ value: s, label: t(`admin.jobs.states.${s}`) }))} data-testid="job-state-filter" />
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>{t('admin.jobs.refresh')}</Button>
        {running && <Typography.Text type="secondary">{t('admin.jobs.autoRefresh')}</Typography.Text>}
      </Space>
      {error && !data ? <AdminError error={error} retry={() => void refetch()} /> : (
        <>
          <Table<AdminJobRowFragment> rowKey="id" size="middle" columns={columns} dataSource={rows} loading={loading && !data} pagination={false}
            locale={{ emptyText: <EmptyState text={t('admin.jobs.empty')} /> }} data-testid="jobs-table" scroll={{ x: 1100 }} />
          {data?.jobs.pageInfo.hasNextPage && (
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              <Button onClick={() => void fetchMore({
                variables: { after: data.jobs.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => (fetchMoreResult ? { ...fetchMoreResult, jobs: { ...fetchMoreResult.jobs, edges: [...prev.jobs.edges, ...fetchMoreResult.jobs.edges] } } : prev),
              })}>{t('admin.loadMore')}</Button>
            </div>
          )}
        </>
      )}
      {report && <ImportReportModal id={report} onClose={() => setReport(null)} />}
    </div>
  );
}

function ImportReportModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminImportReportDocument, { variables: { id, lang: i18n.language === 'en' ? 'en' : 'zh' } });
  const r = data?.importReport;
  return (
    <Modal open onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} title={t('admin.jobs.reportTitle', { id })} width={720} destroyOnHidden>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : loading && !r ? <Loading rows={4} /> : r && (
        <div data-testid="import-report">
          <Typography.Paragraph strong>{t('admin.jobs.reportSummary', { created: r.created, updated: r.updated, rejected: r.rejected })}</Typography.Paragraph>
          {r.errors.length ? (
            <Table rowKey={(e) => `${e.row}:${e.column}:${e.message}`} size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={r.errors}
              columns={[
                { title: t('admin.jobs.reportRow'), dataIndex: 'row', width: 70 },
                { title: t('admin.jobs.reportColumn'), dataIndex: 'column', width: 160 },
                { title: t('admin.jobs.reportMessage'), dataIndex: 'message' },
              ]} />
          ) : <Typography.Text type="secondary">{t('admin.jobs.reportOk')}</Typography.Text>}
        </div>
      )}
    </Modal>
  );
}
