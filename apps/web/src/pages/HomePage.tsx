import { BellOutlined, CalendarOutlined, FieldTimeOutlined, FundOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { HomeDocument, MarkReadDocument } from '../gql/graphql';
import { ALL_STAGES, formatDate, formatDateTime, formatWan, todayShanghai } from '../lib/format';
import { useReference } from '../lib/reference';

export default function HomePage() {
  const { t } = useTranslation();
  const ref = useReference();
  const { data, loading, error, refetch } = useQuery(HomeDocument, { variables: { owner: ref.me.id }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkReadDocument);
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading rows={12} />;
  if (!data) return null;
  const today = todayShanghai();
  const tasks = data.mine.edges.flatMap(({ node: l }) => l.tasks.filter((x) => !x.doneAt && x.dueOn <= today).map((x) => ({ ...x, lead: l })))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const byStage = new Map(data.pipeline.map((c) => [c.stage, c]));
  const myTotal = data.pipeline.reduce((s, c) => s + c.count, 0);
  return (
    <div data-testid="home-page">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('home.greeting', { name: ref.me.name ?? ref.me.email })}</Typography.Title>
      <Card title={<span><FundOutlined /> {t('home.myLeads')}</span>} style={{ marginBottom: 16 }} extra={<Link to="/board?owner=me">{t('home.openBoard')}</Link>}>
        {myTotal === 0 ? <EmptyState text={t('home.noLeads')} /> : (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(9, minmax(0, 1fr))', gap: 8 }}>
            {ALL_STAGES.map((s) => {
              const c = byStage.get(s);
              return (
                <Link key={s} to={`/board?owner=me`} style={{ display: 'block', padding: '10px 12px', background: '#f5f8ff', borderRadius: 6, color: 'inherit' }}>
                  <div style={{ fontSize: 12, color: '#595959' }}>{t(`stages.${s}`)}</div>
                  <div style={{ fontSize: 22, fontWeight: 600, color: '#1f5fbf' }}>{c?.count ?? 0}</div>
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatWan(c?.expectedInvestment ?? 0)} {t('common.wan')}</div>
                </Link>
              );
            })}
          </div>
        )}
      </Card>
      <Row gutter={16}>
        <Col span={8}>
          <Card title={<span><CalendarOutlined /> {t('home.tasks')}</span>} style={{ height: '100%' }}>
            {tasks.length === 0 ? <EmptyState text={t('home.noTasks')} /> : (
              <List size="small" dataSource={tasks} renderItem={(x) => (
                <List.Item>
                  <Link to={`/leads/${x.lead.id}`} style={{ flex: 1 }}>{x.title}<div style={{ fontSize: 12, color: '#8c8c8c' }}>{x.lead.enterprise.name}</div></Link>
                  <Tag color={x.overdue ? 'red' : 'orange'}>{x.overdue ? t('home.overdue') : t('home.dueToday')} {formatDate(x.dueOn)}</Tag>
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={<span><FieldTimeOutlined /> {t('home.stale')} {data.stale.totalCount > 0 && <Badge count={data.stale.totalCount} />}</span>} style={{ height: '100%' }}>
            {data.stale.edges.length === 0 ? <EmptyState text={t('home.noStale')} /> : (
              <List size="small" dataSource={data.stale.edges.map((e) => e.node)} renderItem={(l) => (
                <List.Item>
                  <Link to={`/leads/${l.id}`} style={{ flex: 1 }}>{l.enterprise.name}<div style={{ fontSize: 12, color: '#8c8c8c' }}>{t(`stages.${l.stage}`)} · {t('home.inStageSince', { date: formatDate(l.stageEnteredAt) })}</div></Link>
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card title={<span><BellOutlined /> {t('home.notifications')}</span>} style={{ height: '100%' }}
            extra={data.notifications.length > 0 && <Button size="small" type="link" onClick={async () => { await markRead({ variables: { ids: data.notifications.map((n) => n.id) } }); void refetch(); }}>{t('home.markAllRead')}</Button>}>
            {data.notifications.length === 0 ? <EmptyState text={t('home.noNotifications')} /> : (
              <List size="small" dataSource={data.notifications} renderItem={(n) => (
                <List.Item>
                  <div style={{ flex: 1 }}>
                    {n.leadId ? <Link to={`/leads/${n.leadId}`}>{n.title}</Link> : n.title}
                    {n.body && <div style={{ fontSize: 12, color: '#595959' }}>{n.body}</div>}
                    <div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatDateTime(n.createdAt)}</div>
                  </div>
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
