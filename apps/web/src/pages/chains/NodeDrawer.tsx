import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Drawer, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/States';
import { DismissMatchDocument, LeadFromMatchDocument, NodeDetailDocument, type ChainCode, type ChainMapQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useReference } from '../../lib/reference';

type Gap = ChainMapQuery['chainGaps'][number];

/** A node's side panel: its in-park firms, its ranked matches with reasons, to leads one by one or several at once, dismissed with a reason. */
export function NodeDrawer({ chain, subParkId, gap, onClose, onChanged }: { chain: ChainCode; subParkId: string | null; gap: Gap; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(NodeDetailDocument, { variables: { chain, subParkId, node: gap.node.code }, fetchPolicy: 'cache-and-network' });
  const [toLead] = useMutation(LeadFromMatchDocument);
  const [dismiss, { loading: dismissing }] = useMutation(DismissMatchDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [dismissing_, setDismissing] = useState<string | null>(null);
  const [form] = Form.useForm();
  const writes = ref.me.role !== 'GROUP';
  const matches = data?.chainGaps[0]?.matches ?? [];
  const open = matches.filter((m) => m.status === 'NEW');

  const convert = async (ids: string[]) => {
    setBusy(ids.length > 1 ? 'batch' : ids[0]);
    let made = 0;
    try {
      for (const id of ids) {
        const { data: d } = await toLead({ variables: { matchId: id, subParkId: subParkId ?? undefined } });
        made++;
        if (ids.length === 1 && d) message.success(t('chains.leadCreated', { title: d.createLeadFromMatch.title }));
      }
      if (ids.length > 1) message.success(t('chains.leadsCreated', { n: made }));
    } catch (e) {
      message.error(describeError(e, t));
    } finally {
      setBusy(null);
      setSelected([]);
      await refetch();
      onChanged();
    }
  };

  return (
    <Drawer open onClose={onClose} size={560} destroyOnHidden data-testid="node-drawer"
      title={<span data-testid="node-drawer-title">{gap.node.name} <Tag color={gap.status === 'MISSING' ? 'red' : gap.status === 'WEAK' ? 'orange' : 'green'}>{t(`chains.status.${gap.status}`)}</Tag></span>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('chains.count', { n: gap.inParkCount, target: gap.node.targetCount ?? '—' })} · {t('chains.weight', { w: gap.node.weight })} · {t('chains.gapScore', { s: gap.gapScore.toFixed(1) })}
        {gap.node.bottleneck ? ` · ${t('chains.bottleneck')}` : ''}{gap.hasChainLeader ? ` · ${t('chains.leader')}` : ''}
      </Typography.Paragraph>
      {error && !data ? <ErrorState error={error} retry={() => void refetch()} /> : loading && !data ? <Loading rows={6} /> : (
        <>
          <Typography.Title level={5}>{t('chains.firmsTitle', { n: data?.firms.totalCount ?? 0 })}</Typography.Title>
          {data?.firms.edges.length ? (
            <List size="small" dataSource={data.firms.edges.map((x) => x.node)} style={{ marginBottom: 16 }} renderItem={(f) => (
              <List.Item data-testid="node-firm" extra={f.profile ? <Tag color="purple">{f.profile.total.toFixed(1)}</Tag> : null}>
                <Link to={`/enterprises/${f.id}`}>{f.name}</Link>
                <span style={{ color: '#8c8c8c', marginInlineStart: 8, fontSize: 12 }}>{f.subPark?.name ?? ''}</span>
              </List.Item>
            )} />
          ) : <Empty description={t('chains.noFirms')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          <div style={{ display: 'flex', alignItems: 'center', margin: '8px 0' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>{t('chains.matchesTitle')}</Typography.Title>
            {writes && open.length > 0 && (
              <Button size="small" type="primary" style={{ marginInlineStart: 'auto' }} disabled={selected.length === 0} loading={busy === 'batch'} onClick={() => void convert(selected)} data-testid="matches-to-leads">
                {t('chains.toLeads', { n: selected.length })}
              </Button>
            )}
          </div>
          {matches.length === 0 ? <Empty description={t('chains.noMatches')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
            <List size="small" dataSource={matches} renderItem={(m) => (
              <List.Item data-testid="match-row" data-match={m.id} data-status={m.status} style={{ alignItems: 'flex-start' }}>
                <div style={{ display: 'flex', gap: 8, width: '100%', alignItems: 'flex-start' }}>
                  {writes && <Checkbox disabled={m.status !== 'NEW'} checked={selected.includes(m.id)} onChange={(e) => setSelected((s) => (e.target.checked ? [...s, m.id] : s.filter((x) => x !== m.id)))} data-testid="match-select" style={{ marginTop: 2 }} />}
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                      <Link to={`/enterprises/${m.enterprise.id}`} data-testid="match-name">{m.enterprise.name}</Link>
                      <Tag color="blue">{t('chains.matchScore', { s: m.score.toFixed(1) })}</Tag>
                      {m.status === 'CONVERTED' && <Tag color="green">{t('chains.converted')}</Tag>}
                    </div>
                    <ul style={{ margin: '4px 0', paddingInlineStart: 16 }}>{m.reasons.map((r, i) => <li key={i} style={{ fontSize: 12, color: '#595959' }}>{r.text}</li>)}</ul>
                    <Space size={8}>
                      {m.status === 'CONVERTED' && m.leadId && <Link to={`/leads/${m.leadId}`} data-testid="match-lead">{t('chains.openLead')}</Link>}
                      {writes && m.status === 'NEW' && (
                        <>
                          <Button size="small" type="primary" ghost loading={busy === m.id} onClick={() => void convert([m.id])} data-testid="match-to-lead">{t('chains.toLead')}</Button>
                          <Button size="small" onClick={() => setDismissing(m.id)} data-testid="match-dismiss">{t('chains.dismiss')}</Button>
                        </>
                      )}
                    </Space>
                  </div>
                </div>
              </List.Item>
            )} />
          )}
        </>
      )}
      <Modal open={dismissing_ !== null} title={t('chains.dismissTitle')} onCancel={() => setDismissing(null)} confirmLoading={dismissing} destroyOnHidden
        okButtonProps={{ 'data-testid': 'dismiss-confirm' } as Record<string, string>} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" preserve={false} onFinish={async (v) => {
          try {
            await dismiss({ variables: { matchId: dismissing_!, reason: v.reason.trim() } });
            message.success(t('chains.dismissed'));
            setDismissing(null);
            await refetch();
          } catch (e) { message.error(describeError(e, t)); }
        }}>
          <Form.Item name="reason" label={t('chains.dismissReason')} rules={[{ required: true, whitespace: true, message: t('chains.dismissRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="dismiss-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
