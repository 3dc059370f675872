import { MailOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/States';
import { DigestsDocument, DigestViewDocument, GenerateDigestsDocument, ResendDigestDocument, type DigestRowFragment, type DigestSendState } from '../gql/graphql';
import { describeError, problemOf } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { useReference } from '../lib/reference';
import { mondayOfDate, shiftDays, thisMonday } from './digests/week';

const STATE_COLOR: Record<DigestSendState, string> = {
  PENDING: 'processing', SENDING: 'processing', SENT: 'success', FAILED: 'error', UNCERTAIN: 'warning', NOT_MAILED: 'default', OPTED_OUT: 'default',
};
const RESENDABLE: DigestSendState[] = ['FAILED', 'UNCERTAIN', 'NOT_MAILED'];

export function StateTag({ state }: { state: DigestSendState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]} data-testid="digest-state" data-state={state}>{t(`digests.states.${state}`)}</Tag>;
}

/**
 * 周报: the archive, newest first (a week filter), and one digest exactly as it was mailed — its stored HTML in a
 * sandboxed frame (no script, no same-origin access) — with its send state in words. Administrators build this
 * week's digests now and resend failed, uncertain or unmailed ones. `/digests/:id` opens one (the mail links there).
 */
/** Digests per request of the archive; older ones come with 加载更早的周报. */
const ARCHIVE_PAGE = 100;

export default function DigestsPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const admin = ref.me.role === 'ADMIN';
  const week = params.get('week') ?? undefined;
  const { data, error, loading, refetch, fetchMore } = useQuery(DigestsDocument, { variables: { weekStart: week, first: ARCHIVE_PAGE }, fetchPolicy: 'cache-and-network' });
  // A page came back full: there may be older ones. Reset with each new filter.
  const [exhausted, setExhausted] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const filterKey = week ?? '';
  const [generate, { loading: generating }] = useMutation(GenerateDigestsDocument, { refetchQueries: [DigestsDocument], awaitRefetchQueries: true });
  const list = data?.digests ?? [];
  const canLoadMore = exhausted !== filterKey && list.length > 0 && list.length % ARCHIVE_PAGE === 0;
  const loadOlder = async () => {
    setMore(true);
    try {
      const { data: page } = await fetchMore({
        variables: { after: list[list.length - 1]!.id },
        updateQuery: (prev, { fetchMoreResult }) => ({ digests: [...(prev.digests ?? []), ...fetchMoreResult.digests] }) as typeof prev,
      });
      if ((page?.digests.length ?? 0) < ARCHIVE_PAGE) setExhausted(filterKey);
    } catch (e) {
      message.error(describeError(e, t));
    } finally {
      setMore(false);
    }
  };
  const selected = id ?? list[0]?.id;
  const monday = thisMonday();
  const link = (digestId: string) => `/digests/${digestId}${week ? `?week=${week}` : ''}`;

  const build = async () => {
    try {
      const { data: built } = await generate({ variables: { weekStart: monday } });
      message.success(t('digests.generated', { week: formatDate(monday), count: built?.generateDigests.length ?? 0 }));
    } catch (e) {
      message.error(describeError(e, t));
    }
  };

  return (
    <div data-testid="digests-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('digests.archive')}</Typography.Title>
        <div style={{ flex: 1 }} />
        <Space wrap>
          <DatePicker picker="week" allowClear placeholder={t('digests.weekFilter')} data-testid="digest-week-filter" style={{ width: 200 }}
            value={week ? dayjs(week) : null}
            format={(v) => t('digests.weekRange', { start: formatDate(mondayOfDate(v.format('YYYY-MM-DD'))), end: formatDate(shiftDays(mondayOfDate(v.format('YYYY-MM-DD')), 6)) })}
            onChange={(v) => {
              const next = new URLSearchParams(params);
              if (v) next.set('week', mondayOfDate(v.format('YYYY-MM-DD')));
              else next.delete('week');
              setParams(next, { replace: true });
            }} />
          {admin && (
            <Popconfirm title={t('digests.generateConfirm', { week: formatDate(monday) })} onConfirm={() => void build()} okButtonProps={{ 'data-testid': 'digest-generate-ok' } as never}>
              <Button type="primary" icon={<ThunderboltOutlined />} loading={generating} data-testid="digest-generate">{t('digests.generate')}</Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      {error && !data ? <ErrorState error={error} retry={() => void refetch()} /> : (
        <Row gutter={16}>
          <Col xs={24} xl={9}>
            <Card size="small" styles={{ body: { padding: 0 } }}>
              <Table<DigestRowFragment>
                size="small"
                rowKey="id"
                loading={loading && !data}
                dataSource={list}
                pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<>{t('digests.empty')}<br />{t('digests.emptyHint')}</>} /> }}
                onRow={(d) => ({
                  onClick: () => navigate(link(d.id)),
                  style: { cursor: 'pointer', background: d.id === selected ? '#e6f0ff' : undefined },
                  'data-testid': `digest-row-${d.id}`,
                }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { key: 'week', title: t('digests.week'), width: 150, render: (_, d) => <Link to={link(d.id)} style={{ whiteSpace: 'nowrap' }}>{t('digests.weekShort', { start: formatDate(d.weekStart) })}</Link> },
                  ...(admin ? [{ key: 'recipient', title: t('digests.recipient'), ellipsis: true, render: (_: unknown, d: DigestRowFragment) => d.recipient.name ?? d.recipient.email }] : []),
                  { key: 'state', title: t('digests.state'), width: 110, render: (_, d) => <StateTag state={d.sendState} /> },
                ]}
              />
              {canLoadMore && (
                <div style={{ padding: 8, textAlign: 'center' }}>
                  <Button size="small" loading={more} onClick={() => void loadOlder()} data-testid="digest-more">{t('digests.loadOlder')}</Button>
                </div>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={15}>
            {/* With no digest at all the list says so; this pane only asks for a choice when there is one to make. */}
            {selected ? <DigestView id={selected} admin={admin} /> : !loading && list.length > 0 && <Card><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('digests.pick')} /></Card>}
          </Col>
        </Row>
      )}
    </div>
  );
}

function DigestView({ id, admin }: { id: string; admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(DigestViewDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [resend, { loading: resending }] = useMutation(ResendDigestDocument, { refetchQueries: [DigestsDocument, DigestViewDocument] });
  if (error && !data) {
    return problemOf(error).code === 'NOT_FOUND'
      ? <Alert type="warning" showIcon title={t('digests.notFound')} action={<Link to="/digests">{t('digests.backToArchive')}</Link>} data-testid="digest-not-found" />
      : <ErrorState error={error} retry={() => void refetch()} />;
  }
  if (!data) return <Loading rows={10} />;
  const d = data.digest;
  if (!d) return <Alert type="warning" showIcon title={t('digests.notFound')} data-testid="digest-not-found" />;
  const range = t('digests.weekRange', { start: formatDate(d.weekStart), end: formatDate(shiftDays(d.weekStart, 6)) });
  const doResend = async () => {
    try {
      await resend({ variables: { id: d.id } });
      message.success(t('digests.resent'));
    } catch (e) {
      message.error(describeError(e, t));
    }
  };
  return (
    <Card size="small" data-testid="digest-view" data-digest-id={d.id}
      title={<span><MailOutlined /> {d.subject}</span>}
      extra={admin && RESENDABLE.includes(d.sendState) && (
        <Button icon={<ReloadOutlined />} loading={resending} onClick={() => void doResend()} data-testid="digest-resend">{t('digests.resend')}</Button>
      )}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }} items={[
        { key: 'recipient', label: t('digests.recipient'), children: <span data-testid="digest-recipient">{d.recipient.name ? t('cockpit.withUnit', { label: d.recipient.name, unit: d.recipient.email }) : d.recipient.email}</span> },
        { key: 'week', label: t('digests.week'), children: <span data-testid="digest-week">{range}</span> },
        { key: 'state', label: t('digests.state'), children: <Space size={4} wrap><StateTag state={d.sendState} />{d.sendAttempts > 0 && <Typography.Text type="secondary">{t('digests.attempts', { count: d.sendAttempts })}</Typography.Text>}</Space> },
        { key: 'sentAt', label: d.sentAt ? t('digests.sentAt') : t('digests.createdAt'), children: formatDateTime(d.sentAt ?? d.createdAt) },
      ]} />
      <Alert type={d.sendState === 'FAILED' ? 'error' : d.sendState === 'UNCERTAIN' ? 'warning' : d.sendState === 'SENT' ? 'success' : 'info'} showIcon style={{ marginBottom: 12 }} data-testid="digest-state-help"
        title={t(`digests.stateHelp.${d.sendState}`)}
        description={(d.lastError || (d.sendState === 'SENT' && d.smtpResponse)) ? (
          <>
            {d.lastError && <div data-testid="digest-error">{t('digests.lastError', { error: d.lastError })}</div>}
            {d.sendState === 'SENT' && d.smtpResponse && <div style={{ color: '#8c8c8c' }}>{t('digests.smtpResponse', { response: d.smtpResponse })}</div>}
          </>
        ) : undefined} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('digests.mailedAs')}</Typography.Text>
      {/* The stored HTML, sandboxed: no script runs, the frame gets an opaque origin, links cannot navigate this page. */}
      <iframe title={t('digests.frameTitle', { week: range })} sandbox="" srcDoc={d.html} data-testid="digest-frame"
        style={{ display: 'block', width: '100%', height: 'max(520px, calc(100vh - 420px))', border: '1px solid #f0f0f0', borderRadius: 6, marginTop: 4, background: '#f4f6fa' }} />
    </Card>
  );
}
