import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/States';
import { CreateLeadForEnterpriseDocument, type EnterpriseProfileQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatWan } from '../../lib/format';
import { useReference } from '../../lib/reference';

type E = NonNullable<EnterpriseProfileQuery['enterprise']>;

/** Its leads, and one click to a new one in the suggested sub-park, owned by the suggested owner (the API's suggestion). */
export function LeadsCard({ e, onCreated }: { e: E; onCreated: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const [create, { loading }] = useMutation(CreateLeadForEnterpriseDocument);
  const s = e.leadSuggestion;
  const park = ref.subParks.find((p) => p.id === s.subParkId);
  const writes = ref.me.role !== 'GROUP';
  const node = [...e.chainNodes].sort((a, b) => (a.role === 'CHAIN_LEADER' ? -1 : b.role === 'CHAIN_LEADER' ? 1 : 0))[0]?.node.code;
  const go = async () => {
    try {
      await create({ variables: { input: { enterpriseId: e.id, subParkId: s.subParkId!, ownerId: s.ownerId, title: t('profile.leadTitle', { name: e.name }), nodeCode: node ?? null } } });
      message.success(t('profile.leadCreated'));
      onCreated();
    } catch (err) { message.error(describeError(err, t)); }
  };
  return (
    <Card title={t('profile.leadsTitle')} size="small" data-testid="enterprise-leads">
      {writes && (
        <div style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} disabled={!park} loading={loading} onClick={go} data-testid="create-lead">{t('profile.createLead')}</Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }} data-testid="create-lead-hint">
            {park ? t('profile.createLeadHint', { park: park.name, owner: s.ownerId === ref.me.id ? `${ref.me.name}（${t('profile.me')}）` : t('profile.unassigned') }) : t('profile.createLeadNoPark')}
          </Typography.Text>
        </div>
      )}
      {e.leads.edges.length === 0 ? <EmptyState text={t('profile.noLeads')} /> : (
        <List size="small" dataSource={e.leads.edges.map((x) => x.node)} renderItem={(l) => (
          <List.Item extra={<Tag color="blue">{t(`stages.${l.stage}`)}</Tag>} data-testid="enterprise-lead">
            <div style={{ minWidth: 0 }}>
              <Link to={`/leads/${l.id}`}>{l.title}</Link>
              <div style={{ color: '#8c8c8c', fontSize: 12 }}>{l.subPark?.name ?? '—'} · {l.owner?.name ?? t('profile.unassigned')} · {formatWan(l.expectedInvestment)} {t('common.wan')}</div>
            </div>
          </List.Item>
        )} />
      )}
    </Card>
  );
}
