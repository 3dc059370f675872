import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../components/States';
import { AdminActivateModelDocument, AdminCreateModelDocument, AdminJobDocument, AdminModelsDocument, type AdminModelsQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { AdminError, showSaveError } from './shared';

type Model = AdminModelsQuery['profilingModels'][number];
type Weights = Model['weights'];
const DIMS = ['scale', 'growth', 'innovation', 'chainFit', 'landing'] as const;
/** Sums are of decimals an administrator typed: compared at 1e-9, shown to two places. */
const sumOf = (w: Partial<Weights>) => DIMS.reduce((s, d) => s + (Number(w[d]) || 0), 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

export default function ModelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(AdminModelsDocument, { fetchPolicy: 'cache-and-network' });
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [activate, { loading: activating }] = useMutation(AdminActivateModelDocument);
  const [base, setBase] = useState<Model | null>(null);
  if (error && !data) return <AdminError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const models = data?.profilingModels ?? [];
  const activeModel = models.find((m) => m.active);
  const start = base ?? activeModel ?? models[0];

  const onActivate = async (m: Model) => {
    try {
      const res = await activate({ variables: { version: m.version } });
      message.success(t('admin.models.activated', { version: m.version }));
      const next = new URLSearchParams(params);
      next.set('job', res.data!.activateProfilingModel.job.id);
      next.set('v', String(m.version));
      setParams(next, { replace: true });
      void refetch();
    } catch (e) {
      message.error(describeError(e, t));
    }
  };

  const columns: ColumnsType<Model> = [
    { title: t('admin.models.version'), dataIndex: 'version', width: 80, render: (v: number) => <Typography.Text strong>v{v}</Typography.Text> },
    { title: t('admin.models.status'), dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="green">{t('admin.models.current')}</Tag> : <Tag>{t('admin.models.inactive')}</Tag>) },
    {
      title: t('admin.models.weights'), key: 'w',
      render: (_, m) => (
        <Space size={[12, 2]} wrap>
          {DIMS.map((d) => <span key={d} style={{ whiteSpace: 'nowrap' }}><Typography.Text type="secondary">{t(`admin.models.dims.${d}`)}</Typography.Text> {round2(m.weights[d])}</span>)}
        </Space>
      ),
    },
    { title: t('admin.models.note'), dataIndex: 'note', width: 160, ellipsis: true, render: (n: string | null) => n ?? '—' },
    { title: t('admin.models.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    { title: t('admin.models.activatedAt'), dataIndex: 'activatedAt', width: 140, render: (v: string | null) => formatDateTime(v) },
    {
      title: t('admin.actions'), key: 'a', width: 150,
      render: (_, m) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setBase(m)}>{t('admin.models.basedOn')}</Button>
          {!m.active && (
            <Popconfirm title={t('admin.models.activateConfirm', { version: m.version })} onConfirm={() => onActivate(m)} okText={t('common.confirm')} cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'confirm-activate', loading: activating } as never}>
              <Button type="link" size="small" data-testid={`activate-model-${m.version}`}>{t('admin.models.activate')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="admin-models">
      {jobId && <RecomputeProgress jobId={jobId} version={params.get('v')} />}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card size="small" title={t('admin.models.versions')}>
            <Table<Model> rowKey="version" size="middle" columns={columns} dataSource={models} pagination={false} data-testid="models-table" scroll={{ x: 900 }} />
          </Card>
        </Col>
        <Col span={24}>
          {start && <NewVersion key={start.version} base={start} onCreated={() => { setBase(null); void refetch(); }} />}
        </Col>
      </Row>
    </div>
  );
}

function NewVersion({ base, onCreated }: { base: Model; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [create, { loading }] = useMutation(AdminCreateModelDocument);
  const watched: Partial<Weights> = Form.useWatch([], form) ?? {};
  const values = { ...base.weights, ...Object.fromEntries(DIMS.filter((d) => watched[d] !== undefined).map((d) => [d, watched[d]])) } as Weights;
  const sum = sumOf(values);
  const hundred = Math.abs(sum - 100) < 1e-9;
  const save = async (v: Weights & { note?: string }) => {
    try {
      const weights = Object.fromEntries(DIMS.map((d) => [d, Number(v[d]) || 0])) as Weights;
      const res = await create({ variables: { input: { basedOn: base.version, weights, note: v.note?.trim() || undefined } } });
      message.success(t('admin.models.created', { version: res.data?.createProfilingModel.version }));
      onCreated();
    } catch (e) {
      showSaveError(e, form, t, i18n.language, (text) => message.error(text), { weights: 'scale', bands: 'scale' });
    }
  };
  return (
    <Card size="small" title={t('admin.models.newTitle')} extra={<Typography.Text type="secondary">{t('admin.models.basedOnLabel', { version: base.version })}</Typography.Text>} data-testid="new-model">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('admin.models.newHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ ...base.weights, note: '' }} onFinish={save}>
        <Row gutter={16}>
          {DIMS.map((d) => (
            <Col key={d} flex="1 1 0" style={{ minWidth: 150 }}>
              <Form.Item name={d} label={t(`admin.models.dims.${d}`)} style={{ marginBottom: 4 }}>
                <InputNumber min={0} max={1000} step={1} style={{ width: '100%' }} data-testid={`weight-${d}`} />
              </Form.Item>
              <Progress percent={sum > 0 ? round2(((Number(values[d]) || 0) / sum) * 100) : 0} size="small" format={(p) => `${t('admin.models.share')} ${p}%`} style={{ marginBottom: 12 }} />
            </Col>
          ))}
        </Row>
        <div data-testid="weight-sum" data-sum={round2(sum)} style={{ margin: '4px 0 12px', padding: '8px 12px', borderRadius: 6, background: hundred ? '#f6ffed' : sum > 0 ? '#fffbe6' : '#fff2f0' }}>
          {hundred ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <ExclamationCircleFilled style={{ color: sum > 0 ? '#faad14' : '#ff4d4f' }} />}{' '}
          <Typography.Text strong>{t('admin.models.sum')}{i18n.language === 'en' ? ': ' : '：'}{round2(sum)}</Typography.Text>{' '}
          <Typography.Text type="secondary">{hundred ? '' : sum > 0 ? t('admin.models.sumOff', { sum: round2(sum) }) : t('admin.models.sumZero')}</Typography.Text>
        </div>
        <Row gutter={16} align="bottom">
          <Col flex="auto">
            <Form.Item name="note" label={t('admin.models.note')} style={{ marginBottom: 0 }}><Input maxLength={200} placeholder={t('admin.models.notePlaceholder')} /></Form.Item>
          </Col>
          <Col flex="none">
            <Button type="primary" htmlType="submit" loading={loading} disabled={!(sum > 0)} data-testid="create-model">{t('admin.models.create')}</Button>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

/** The recompute an activation started: job(id) polled every second until it is COMPLETED or FAILED. */
function RecomputeProgress({ jobId, version }: { jobId: string; version: string | null }) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(AdminJobDocument, { variables: { id: jobId }, fetchPolicy: 'network-only' });
  const job = data?.job;
  const finished = job?.state === 'COMPLETED' || job?.state === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
    else startPolling(1000);
    return () => stopPolling();
  }, [finished, startPolling, stopPolling]);
  if (error && !data) return <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 16 }} />;
  const result = (job?.result ?? {}) as { written?: number; modelVersion?: number };
  const state = job?.state ?? 'WAITING';
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="recompute-progress" data-state={state}>
      <Space orientation="vertical" style={{ width: '100%' }} size={4}>
        <Typography.Text strong>
          {state === 'COMPLETED' ? t('admin.models.recomputeDone', { count: result.written ?? 0 })
            : state === 'FAILED' ? t('admin.models.recomputeFailed', { reason: job?.failedReason ?? '' })
            : state === 'WAITING' ? t('admin.models.recomputeWaiting')
            : t('admin.models.recomputeRunning', { version: version ?? result.modelVersion ?? '' })}
        </Typography.Text>
        <Progress percent={round2(job?.progress ?? 0)} status={state === 'FAILED' ? 'exception' : state === 'COMPLETED' ? 'normal' : 'active'}
          strokeColor={state === 'COMPLETED' ? '#52c41a' : undefined} format={(p) => `${p}%`} data-testid="recompute-bar" />
      </Space>
    </Card>
  );
}
