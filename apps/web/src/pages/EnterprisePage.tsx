import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, Loading, NoAccess } from '../components/States';
import { EnterpriseBasicDocument } from '../gql/graphql';
import { problemOf } from '../lib/errors';
import { formatDate, formatDateTime, formatWan } from '../lib/format';

/** The enterprise's facts and leads; the profile (radar, reasons, history) is the next part's 企业画像 page. */
export default function EnterprisePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EnterpriseBasicDocument, { variables: { id } });
  if (error && problemOf(error).code === 'NOT_FOUND') return <NoAccess title={t('errors.NOT_FOUND')} body="" extra={<Link to="/enterprises"><Button>{t('common.back')}</Button></Link>} />;
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading rows={10} />;
  const e = data?.enterprise;
  if (!e) return <NoAccess title={t('errors.NOT_FOUND')} body="" />;
  return (
    <div data-testid="enterprise-page">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{e.name} <Tag color={e.status === 'IN_PARK' ? 'green' : 'blue'}>{t(`enterpriseStatus.${e.status}`)}</Tag></Typography.Title>
        <Typography.Text type="secondary">{e.uscc} · {e.subPark?.name ?? '—'} · {e.region ?? '—'}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          {e.profile && <Tag color="purple">{t('registry.score')} {e.profile.total.toFixed(1)}</Tag>}
          {e.profile?.badges.map((b) => <Tag key={b} color="gold">{t(`badges.${b}`, { defaultValue: b })}</Tag>)}
          {e.chainNodes.map((n) => <Tag key={n.node.code} color="geekblue">{n.node.name} · {t(`chainRole.${n.role}`)}</Tag>)}
        </div>
      </Card>
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('enterprise.basics')}>
            <Descriptions column={2} size="small" items={[
              { key: 'f', label: t('enterprise.founded'), children: formatDate(e.foundedOn) },
              { key: 'c', label: t('enterprise.capital'), children: formatWan(e.registeredCapital) },
              { key: 'r', label: t('registry.revenue'), children: formatWan(e.revenue) },
              { key: 'rp', label: t('registry.revenue') + ' (-1)', children: formatWan(e.revenuePrevYear) },
              { key: 'rd', label: t('enterprise.rdExpense'), children: formatWan(e.rdExpense) },
              { key: 'emp', label: t('registry.employees'), children: e.employees ?? '—' },
              { key: 'ts', label: t('enterprise.techStaff'), children: e.techStaff ?? '—' },
              { key: 'p', label: t('enterprise.patents'), children: e.inventionPatents ?? '—' },
              { key: 'hp', label: t('enterprise.highValue'), children: e.highValuePatents ?? '—' },
              { key: 'ht', label: t('enterprise.hightech'), children: formatDate(e.hightechCertifiedOn) },
              { key: 'l', label: t('registry.listing'), children: t(`listing.${e.listingStatus}`) },
              { key: 's', label: t('registry.srdi'), children: t(`srdi.${e.srdiLevel}`) },
              { key: 'fi', label: t('enterprise.financing'), children: e.financingRound ? `${e.financingRound} ${formatWan(e.financingAmount)} ${t('common.wan')}` : '—' },
              { key: 'u', label: t('registry.updatedAt'), children: formatDateTime(e.updatedAt) },
              { key: 't', label: t('registry.tags'), span: 2, children: e.tags.length ? e.tags.map((x) => <Tag key={x}>{x}</Tag>) : '—' },
            ]} />
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('enterprise.leads')}>
            {e.leads.edges.length === 0 ? <EmptyState text={t('enterprise.noLeads')} /> : (
              <List size="small" dataSource={e.leads.edges.map((x) => x.node)} renderItem={(l) => (
                <List.Item extra={<Tag color="blue">{t(`stages.${l.stage}`)}</Tag>}>
                  <Link to={`/leads/${l.id}`}>{l.title}</Link>
                  <span style={{ color: '#8c8c8c', marginInlineStart: 8 }}>{formatWan(l.expectedInvestment)} {t('common.wan')}</span>
                </List.Item>
              )} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
