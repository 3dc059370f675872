import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading, NoAccess } from '../components/States';
import { EnterpriseProfileDocument } from '../gql/graphql';
import { problemOf } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { useReference } from '../lib/reference';
import { BadgeChecks } from './enterprise/BadgeChecks';
import { FactsCard } from './enterprise/FactsCard';
import { LeadsCard } from './enterprise/LeadsCard';
import { ProfileRadar } from './enterprise/ProfileRadar';
import { ScoreHistory } from './enterprise/ScoreHistory';

/** 企业画像: facts, badges against their rules, the radar against the chain's median and the model's threshold, history, nodes, leads. */
export default function EnterprisePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const { data, loading, error, refetch } = useQuery(EnterpriseProfileDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && problemOf(error).code === 'NOT_FOUND') return <NoAccess title={t('errors.NOT_FOUND')} body="" extra={<Link to="/enterprises"><Button>{t('common.back')}</Button></Link>} />;
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading rows={10} />;
  const e = data?.enterprise;
  if (!e) return <NoAccess title={t('errors.NOT_FOUND')} body="" />;
  const p = e.profile;
  const canEdit = ref.me.role !== 'GROUP';
  const chainName = (code: string) => { const c = ref.industryChains.find((x) => x.code === code); return c ? (i18n.language === 'en' ? c.nameEn : c.name) : code; };
  return (
    <div data-testid="enterprise-page">
      <Card style={{ marginBottom: 16 }} size="small">
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 16, flexWrap: 'wrap' }}>
          <div style={{ flex: 1, minWidth: 280 }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="enterprise-name">
              {e.name} <Tag color={e.status === 'IN_PARK' ? 'green' : 'blue'}>{t(`enterpriseStatus.${e.status}`)}</Tag>
            </Typography.Title>
            <Typography.Text type="secondary">{e.uscc} · {e.subPark?.name ?? '—'} · {e.region ?? '—'}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              {p?.badges.map((b) => <Tag key={b} color="gold">{t(`profile.badge.${b}`, { defaultValue: b })}</Tag>)}
              {e.tags.map((x) => <Tag key={x}>{x}</Tag>)}
            </div>
          </div>
          {p ? (
            <div style={{ textAlign: 'right' }} data-testid="profile-total">
              <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t('profile.score')}</div>
              <div style={{ fontSize: 32, fontWeight: 600, lineHeight: 1.1, color: '#1677ff' }} data-total={p.total}>{p.total.toFixed(1)}</div>
              <Space size={4} wrap style={{ justifyContent: 'flex-end', fontSize: 12, color: '#8c8c8c' }}>
                <span>{t('profile.model', { v: p.modelVersion })}</span>·<span>{t('profile.asOf', { date: formatDate(p.asOf) })}</span>·<span>{t('profile.computedAt', { time: formatDateTime(p.computedAt) })}</span>
              </Space>
              {p.riskGate !== 'PASS' && <div><Tag color="red">{t(`profile.risk.${p.riskGate}`)}</Tag>{p.riskReasons.map((r) => r.text).join('；')}</div>}
            </div>
          ) : <Typography.Text type="secondary">{t('profile.noProfile')}</Typography.Text>}
        </div>
      </Card>
      {p && <div style={{ marginBottom: 16 }}><ProfileRadar profile={p} /></div>}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {p && <BadgeChecks checks={p.badgeChecks} />}
            <FactsCard e={e} canEdit={canEdit} onSaved={() => refetch()} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {p && <ScoreHistory history={p.history} />}
            <Card title={t('profile.nodesTitle')} size="small" data-testid="enterprise-nodes">
              {e.chainNodes.length === 0 ? <Empty description={t('profile.noNodes')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : e.chainNodes.map((n) => (
                <div key={n.node.code} style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '4px 0' }} data-testid={`enterprise-node-${n.node.code}`} data-role={n.role}>
                  <Tag color="geekblue">{chainName(n.node.chain)}</Tag>
                  <Link to={`/chains?chain=${n.node.chain}&node=${n.node.code}`}>{n.node.name}</Link>
                  <Tag color={n.role === 'CHAIN_LEADER' ? 'volcano' : n.role === 'KEY' ? 'orange' : 'default'} style={{ marginInlineStart: 'auto' }}>{t(`chainRole.${n.role}`)}</Tag>
                </div>
              ))}
            </Card>
            <LeadsCard e={e} onCreated={() => void refetch()} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
