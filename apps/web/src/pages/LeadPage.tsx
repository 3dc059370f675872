import { CheckOutlined, CommentOutlined, EditOutlined, EnvironmentOutlined, PhoneOutlined, PlusOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Drawer, Dropdown, Form, Input, InputNumber, Modal, Row, Select, Space, Steps, Tag, Timeline, Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading, NoAccess, EmptyState } from '../components/States';
import {
  AddTaskDocument, CompleteTaskDocument, LeadDetailDocument, LeadTimelineDocument, LogActivityDocument, MoveLeadDocument, UpdateLeadDocument,
  type ActivityType, type LeadDetailQuery, type LeadStage,
} from '../gql/graphql';
import { describeError, fieldDetail, problemOf } from '../lib/errors';
import { ALL_STAGES, formatDate, formatDateTime, formatWan, moveNeedsReason, nowShanghaiIso, PATH_STAGES } from '../lib/format';
import { nodeName, useReference } from '../lib/reference';

type Lead = NonNullable<LeadDetailQuery['lead']>;
const ACTIVITY_ICONS: Record<ActivityType, React.ReactNode> = { VISIT: <EnvironmentOutlined />, CALL: <PhoneOutlined />, MEETING: <TeamOutlined />, NOTE: <CommentOutlined /> };
const ACTIVITY_TYPES: ActivityType[] = ['VISIT', 'CALL', 'MEETING', 'NOTE'];
const NUMBER_FIELDS = ['expectedInvestment', 'fixedAssetInvestment', 'expectedOutput', 'expectedTax', 'expectedJobs', 'landMu', 'floorSpace'] as const;

export default function LeadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LeadDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && problemOf(error).code === 'NOT_FOUND') {
    return <NoAccess title={t('lead.noAccessTitle')} body={t('lead.noAccessBody')} extra={<Link to="/board"><Button type="primary">{t('lead.backToBoard')}</Button></Link>} />;
  }
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading rows={12} />;
  if (!data?.lead) return <NoAccess title={t('lead.noAccessTitle')} body={t('lead.noAccessBody')} />;
  return <LeadView lead={data.lead} refetch={() => void refetch()} />;
}

function LeadView({ lead, refetch }: { lead: Lead; refetch: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<LeadStage | null>(null);
  const [reason, setReason] = useState('');
  const readOnly = ref.me.role === 'GROUP';

  const doMove = async (to: LeadStage, why?: string) => {
    try {
      await client.mutate({ mutation: MoveLeadDocument, variables: { id: lead.id, stage: to, version: lead.version, reason: why } });
      message.success(t('board.moved', { title: lead.enterprise.name, stage: t(`stages.${to}`) }));
      setMoving(null);
      refetch();
      void client.refetchQueries({ include: [LeadTimelineDocument] });
    } catch (e) {
      message.error(describeError(e, t));
      if (problemOf(e).code === 'CONFLICT') refetch();
    }
  };

  const pathIndex = PATH_STAGES.indexOf(lead.stage);
  const enteredAt = new Map<LeadStage, string>();
  for (const c of lead.stageChanges) enteredAt.set(c.to, c.at);
  return (
    <div data-testid="lead-page">
      <Card style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 16 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Space align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="lead-title">{lead.enterprise.name}</Typography.Title>
              <Tag color="blue" data-testid="lead-stage">{t(`stages.${lead.stage}`)}</Tag>
              {lead.stale && <Tag color="volcano">{t('lead.staleTag')}</Tag>}
              <Tag color={lead.priority === 'HIGH' ? 'red' : undefined}>{t('lead.priority')}：{t(`priority.${lead.priority}`)}</Tag>
            </Space>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>{lead.title} · {lead.subPark?.name ?? '—'} · {t('lead.owner')} {lead.owner?.name ?? lead.owner?.email ?? '—'}</Typography.Text>
          </div>
          {!readOnly && (
            <Space>
              <Dropdown menu={{ items: ALL_STAGES.filter((s) => s !== lead.stage).map((s) => ({ key: s, label: t(`stages.${s}`) })), onClick: ({ key }) => {
                const to = key as LeadStage;
                if (moveNeedsReason(lead.stage, to)) {
                  setReason('');
                  setMoving(to);
                } else void doMove(to);
              } }}>
                <Button icon={<SwapOutlined />}>{t('lead.moveTo')}</Button>
              </Dropdown>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-lead">{t('common.edit')}</Button>
            </Space>
          )}
        </div>
        <Steps
          size="small"
          style={{ marginTop: 20 }}
          current={pathIndex >= 0 ? pathIndex : undefined}
          status={lead.stage === 'LOST' ? 'error' : lead.stage === 'ON_HOLD' ? 'wait' : 'process'}
          items={PATH_STAGES.map((s) => ({ title: t(`stages.${s}`), description: enteredAt.has(s) ? formatDate(enteredAt.get(s)) : undefined }))}
        />
        {(lead.stage === 'LOST' || lead.stage === 'ON_HOLD') && (
          <Typography.Paragraph type={lead.stage === 'LOST' ? 'danger' : 'warning'} style={{ marginTop: 12, marginBottom: 0 }}>
            {t(`stages.${lead.stage}`)}：{lead.stage === 'LOST' ? lead.lossReason : lead.holdReason}
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={16}>
        <Col span={16}>
          <Card title={t('lead.fields')} style={{ marginBottom: 16 }}>
            <Descriptions column={2} size="small" items={[
              { key: 'enterprise', label: t('lead.enterprise'), children: <Link to={`/enterprises/${lead.enterprise.id}`}>{lead.enterprise.name}</Link> },
              { key: 'uscc', label: t('registry.uscc'), children: lead.enterprise.uscc },
              { key: 'title', label: t('lead.titleField'), children: lead.title },
              { key: 'source', label: t('lead.source'), children: lead.source },
              { key: 'node', label: t('lead.nodeCode'), children: nodeName(ref, lead.nodeCode) ?? '—' },
              { key: 'next', label: t('lead.nextFollowUp'), children: formatDate(lead.nextFollowUp) },
              ...NUMBER_FIELDS.map((f) => ({ key: f, label: t(`lead.${f}`), children: f === 'expectedJobs' || f === 'landMu' || f === 'floorSpace' ? (lead[f] ?? '—') : formatWan(lead[f]) })),
              { key: 'created', label: t('lead.createdAt'), children: formatDateTime(lead.createdAt) },
              { key: 'updated', label: t('lead.updatedAt'), children: formatDateTime(lead.updatedAt) },
            ]} />
          </Card>
          <TimelineCard lead={lead} readOnly={readOnly} />
        </Col>
        <Col span={8}>
          <Card title={t('lead.history')} style={{ marginBottom: 16 }}>
            <Timeline items={lead.stageChanges.map((c, i) => ({
              key: i,
              color: c.to === 'LOST' ? 'red' : c.to === 'ON_HOLD' ? 'gray' : 'blue',
              content: (
                <div>
                  <div>{c.from ? `${t(`stages.${c.from}`)} → ${t(`stages.${c.to}`)}` : `${t('lead.created')}：${t(`stages.${c.to}`)}`}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(c.at)}</Typography.Text>
                  {c.reason && <div style={{ fontSize: 12, color: '#595959' }}>{t('lead.reason', { reason: c.reason })}</div>}
                </div>
              ),
            }))} />
          </Card>
          <TasksCard lead={lead} readOnly={readOnly} refetch={refetch} />
        </Col>
      </Row>
      <EditDrawer lead={lead} open={editing} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); refetch(); void client.refetchQueries({ include: [LeadTimelineDocument] }); }} />
      <Modal open={!!moving} title={moving ? t('board.reasonTitle', { stage: t(`stages.${moving}`) }) : ''} onCancel={() => setMoving(null)} okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => moving && void doMove(moving, reason.trim())} okText={t('common.confirm')} cancelText={t('common.cancel')}>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('board.reasonPlaceholder')} autoFocus />
      </Modal>
    </div>
  );
}

function TimelineCard({ lead, readOnly }: { lead: Lead; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch, fetchMore } = useQuery(LeadTimelineDocument, { variables: { id: lead.id }, fetchPolicy: 'cache-and-network' });
  const [logging, setLogging] = useState<ActivityType | null>(null);
  const [summary, setSummary] = useState('');
  const [log, { loading: saving }] = useMutation(LogActivityDocument);
  const page = data?.lead?.timeline;

  const save = async () => {
    if (!logging || !summary.trim()) return;
    try {
      await log({ variables: { leadId: lead.id, input: { type: logging, occurredAt: nowShanghaiIso(), summary: summary.trim() } } });
      message.success(t('lead.logged', { type: t(`activity.${logging}`) }));
      setLogging(null);
      setSummary('');
      void refetch();
    } catch (e) {
      message.error(describeError(e, t));
    }
  };

  return (
    <Card title={t('lead.timeline')} extra={!readOnly && (
      <Space.Compact>
        {ACTIVITY_TYPES.map((type) => (
          <Button key={type} icon={ACTIVITY_ICONS[type]} type={logging === type ? 'primary' : 'default'} data-testid={`log-${type}`} onClick={() => { setLogging(type); setSummary(''); }}>
            {t(`activity.${type}`)}
          </Button>
        ))}
      </Space.Compact>
    )}>
      {logging && (
        <div style={{ marginBottom: 16, padding: 12, background: '#fafafa', borderRadius: 6 }} data-testid="log-form">
          <Input.TextArea autoFocus rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} placeholder={t('lead.summaryPlaceholder')}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(); }} />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" loading={saving} disabled={!summary.trim()} onClick={() => void save()} data-testid="log-save">{t('common.save')}（{t(`activity.${logging}`)}）</Button>
            <Button onClick={() => setLogging(null)}>{t('common.cancel')}</Button>
          </Space>
        </div>
      )}
      {error && !page ? <ErrorState error={error} retry={() => void refetch()} /> : !page && loading ? <Loading rows={4} /> : !page?.entries.length ? <EmptyState text={t('lead.noTimeline')} /> : (
        <>
          <Timeline data-testid="timeline" items={page.entries.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: e.kind === 'STAGE_CHANGE' ? 'blue' : e.kind === 'ACTIVITY' ? 'green' : 'gray',
            icon: e.activity ? ACTIVITY_ICONS[e.activity.type] : undefined,
            content: (
              <div data-testid="timeline-entry">
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>{formatDateTime(e.at)}</Typography.Text>
                {e.activity ? (
                  <span><Tag color="green">{t(`activity.${e.activity.type}`)}</Tag>{e.activity.summary}</span>
                ) : e.stageChange ? (
                  <span>{e.stageChange.from ? `${t(`stages.${e.stageChange.from}`)} → ${t(`stages.${e.stageChange.to}`)}` : `${t('lead.created')}：${t(`stages.${e.stageChange.to}`)}`}
                    {e.stageChange.reason && <Typography.Text type="secondary">（{e.stageChange.reason}）</Typography.Text>}</span>
                ) : (
                  <span>{e.summary}</span>
                )}
              </div>
            ),
          }))} />
          {page.pageInfo.hasNextPage && <Button type="link" onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => fetchMoreResult && prev.lead && fetchMoreResult.lead ? { lead: { ...prev.lead, timeline: { ...fetchMoreResult.lead.timeline, entries: [...prev.lead.timeline.entries, ...fetchMoreResult.lead.timeline.entries] } } } : prev })}>{t('lead.timelineMore')}</Button>}
        </>
      )}
    </Card>
  );
}

function TasksCard({ lead, readOnly, refetch }: { lead: Lead; readOnly: boolean; refetch: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; dueOn: dayjs.Dayjs }>();
  const [add, { loading }] = useMutation(AddTaskDocument);
  const [complete] = useMutation(CompleteTaskDocument);
  return (
    <Card title={t('lead.tasks')}>
      {lead.tasks.length === 0 ? <EmptyState text={t('lead.noTasks')} /> : (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 12 }}>
          {lead.tasks.map((task) => (
            <div key={task.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid="task">
              <Checkbox checked={!!task.doneAt} disabled={!!task.doneAt || readOnly} onChange={async () => {
                try { await complete({ variables: { id: task.id } }); refetch(); } catch (e) { message.error(describeError(e, t)); }
              }} />
              <span style={{ flex: 1, textDecoration: task.doneAt ? 'line-through' : undefined, color: task.doneAt ? '#8c8c8c' : undefined }}>{task.title}</span>
              <Tag color={task.overdue ? 'red' : task.doneAt ? 'default' : 'blue'}>{formatDate(task.dueOn)}{task.overdue ? ` ${t('lead.overdue')}` : ''}</Tag>
            </div>
          ))}
        </div>
      )}
      {!readOnly && (
        <Form form={form} layout="inline" style={{ rowGap: 8 }} onFinish={async (v) => {
          try {
            await add({ variables: { leadId: lead.id, input: { title: v.title.trim(), dueOn: v.dueOn.format('YYYY-MM-DD') } } });
            form.resetFields();
            refetch();
          } catch (e) { message.error(describeError(e, t)); }
        }}>
          <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('lead.taskTitleRequired') }]} style={{ flex: 1, minWidth: 140 }}>
            <Input placeholder={t('lead.taskTitle')} />
          </Form.Item>
          <Form.Item name="dueOn" rules={[{ required: true, message: t('lead.dueRequired') }]}>
            <DatePicker placeholder={t('lead.dueOn')} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item style={{ marginInlineEnd: 0 }}>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={loading}>{t('lead.addTask')}</Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}

function EditDrawer({ lead, open, onClose, onSaved }: { lead: Lead; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [update, { loading }] = useMutation(UpdateLeadDocument);
  const nodes = ref.industryChains.flatMap((c) => c.nodes.map((n) => ({ value: n.code, label: `${c.name} · ${n.name}` })));
  const initial = { title: lead.title, source: lead.source, priority: lead.priority, nodeCode: lead.nodeCode ?? undefined, nextFollowUp: lead.nextFollowUp ? dayjs(lead.nextFollowUp) : undefined, ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, lead[f] ?? undefined])) };
  const save = async (v: Record<string, unknown>) => {
    const input: Record<string, unknown> = { version: lead.version };
    for (const [k, value] of Object.entries(v)) {
      if (k === 'nextFollowUp') input[k] = value ? (value as dayjs.Dayjs).format('YYYY-MM-DD') : null;
      else input[k] = value === undefined || value === '' ? null : value;
    }
    try {
      await update({ variables: { id: lead.id, input: input as never } });
      message.success(t('lead.saved'));
      onSaved();
    } catch (e) {
      const p = problemOf(e);
      const field = p.field?.split('.').pop();
      if (p.code === 'BAD_USER_INPUT' && field && form.getFieldInstance(field) !== undefined) {
        form.setFields([{ name: field, errors: [fieldDetail(p, i18n.language)] }]);
        form.scrollToField(field);
      } else message.error(describeError(e, t));
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('lead.editTitle')} size={520} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" icon={<CheckOutlined />} loading={loading} onClick={() => form.submit()} data-testid="save-lead">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="lead-form">
        <Form.Item name="title" label={t('lead.titleField')} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item>
        <Row gutter={12}>
          <Col span={12}><Form.Item name="source" label={t('lead.source')}><Select options={['自拓', '中介', '以商引商', '链主推荐', '基金', '补链推荐'].map((s) => ({ value: s, label: s }))} /></Form.Item></Col>
          <Col span={12}><Form.Item name="priority" label={t('lead.priority')}><Select options={(['HIGH', 'MEDIUM', 'LOW'] as const).map((p) => ({ value: p, label: t(`priority.${p}`) }))} /></Form.Item></Col>
        </Row>
        <Form.Item name="nodeCode" label={t('lead.nodeCode')}><Select allowClear showSearch={{ optionFilterProp: 'label' }} options={nodes} /></Form.Item>
        <Form.Item name="nextFollowUp" label={t('lead.nextFollowUp')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Row gutter={12}>
          {NUMBER_FIELDS.map((f) => (
            <Col span={12} key={f}>
              <Form.Item name={f} label={t(`lead.${f}`)}><InputNumber style={{ width: '100%' }} data-testid={`field-${f}`} /></Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Drawer>
  );
}
