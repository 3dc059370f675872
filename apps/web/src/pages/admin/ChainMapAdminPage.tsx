import { PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Drawer, Form, Input, InputNumber, Rate, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../../components/States';
import { AdminChainsDocument, AdminUpsertChainNodeDocument, type AdminChainNodeFragment, type ChainCode, type ChainSegment } from '../../gql/graphql';
import { AdminError, showSaveError } from './shared';

const SEGMENTS: ChainSegment[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
type Row = { key: string; segment: ChainSegment; node?: AdminChainNodeFragment; children?: Row[] };
type Editing = { node: AdminChainNodeFragment | null; chain: ChainCode; segment?: ChainSegment; parentCode?: string };

/** Segments as the top rows, each node under its parent (parents come first in the API's order). */
function tree(nodes: AdminChainNodeFragment[]): Row[] {
  const rows = new Map<string, Row>();
  for (const n of nodes) rows.set(n.code, { key: n.code, segment: n.segment, node: n });
  const tops: Record<string, Row[]> = {};
  for (const n of nodes) {
    const row = rows.get(n.code)!;
    const parent = n.parentCode ? rows.get(n.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else (tops[n.segment] ??= []).push(row);
  }
  return SEGMENTS.map((s) => ({ key: `segment:${s}`, segment: s, children: tops[s] ?? [] }));
}

export default function ChainMapAdminPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminChainsDocument, { fetchPolicy: 'cache-and-network' });
  const [chain, setChain] = useState<ChainCode | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (error && !data) return <AdminError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const chains = data?.industryChains ?? [];
  const current = chains.find((c) => c.code === chain) ?? chains[0];
  if (!current) return <EmptyState />;
  const en = i18n.language === 'en';

  const columns: ColumnsType<Row> = [
    {
      title: t('admin.chains.name'), key: 'name', width: 300,
      render: (_, r) => (r.node
        ? (
          <span data-testid="chain-node-name" style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.35, verticalAlign: 'middle' }}>
            <Typography.Text strong={!r.node.parentCode}>{r.node.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.node.code}</Typography.Text>
          </span>
        )
        : <Typography.Text strong style={{ color: '#1f5fbf' }}>{t(`admin.chains.segments.${r.segment}`)} <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>{t('admin.chains.nodes', { count: r.children?.length ?? 0 })}</Typography.Text></Typography.Text>),
    },
    { title: t('admin.chains.weight'), key: 'w', width: 150, render: (_, r) => (r.node ? <Rate disabled count={5} value={r.node.weight} style={{ fontSize: 14 }} /> : null) },
    { title: t('admin.chains.target'), key: 'target', width: 100, align: 'right', render: (_, r) => r.node?.targetCount ?? null },
    { title: t('admin.chains.bottleneck'), key: 'b', width: 90, render: (_, r) => (r.node?.bottleneck ? <Tag color="red">{t('admin.chains.bottleneck')}</Tag> : null) },
    { title: t('admin.chains.keywords'), key: 'k', render: (_, r) => r.node?.keywords.map((k) => <Tag key={k} style={{ marginBottom: 2 }}>{k}</Tag>) },
    {
      title: t('admin.actions'), key: 'a', width: 190,
      render: (_, r) => (r.node ? (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ node: r.node!, chain: current.code })} data-testid="edit-chain-node">{t('admin.chains.edit')}</Button>
          <Button type="link" size="small" onClick={() => setEditing({ node: null, chain: current.code, segment: r.segment, parentCode: r.node!.code })}>{t('admin.chains.addChild')}</Button>
        </Space>
      ) : <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setEditing({ node: null, chain: current.code, segment: r.segment })}>{t('admin.chains.add')}</Button>),
    },
  ];

  return (
    <div data-testid="admin-chains">
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Segmented value={current.code} onChange={(v) => setChain(v as ChainCode)} options={chains.map((c) => ({ value: c.code, label: en ? c.nameEn : c.name }))} data-testid="chain-select" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ node: null, chain: current.code })} data-testid="add-chain-node">{t('admin.chains.add')}</Button>
      </Space>
      <Table<Row>
        key={current.code} rowKey="key" size="small" columns={columns} dataSource={tree(current.nodes)} pagination={false}
        expandable={{ defaultExpandAllRows: true }} data-testid="chain-nodes-table" scroll={{ x: 1000 }}
        rowClassName={(r) => (r.node ? '' : 'lz-segment-row')}
      />
      {editing && (
        <NodeDrawer editing={editing} nodes={current.nodes} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void refetch(); }} />
      )}
    </div>
  );
}

function NodeDrawer({ editing, nodes, onClose, onSaved }: { editing: Editing; nodes: AdminChainNodeFragment[]; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm();
  const [upsert, { loading }] = useMutation(AdminUpsertChainNodeDocument);
  const n = editing.node;
  const segment: ChainSegment | undefined = Form.useWatch('segment', form);
  // A parent sits in the same chain and segment and is not the node itself or below it.
  const below = new Set<string>();
  if (n) {
    below.add(n.code);
    let grew = true;
    while (grew) {
      grew = false;
      for (const x of nodes) if (x.parentCode && below.has(x.parentCode) && !below.has(x.code)) { below.add(x.code); grew = true; }
    }
  }
  const parents = nodes.filter((x) => x.segment === segment && !below.has(x.code));
  const initial = n
    ? { code: n.code, name: n.name, segment: n.segment, parentCode: n.parentCode ?? undefined, weight: n.weight, targetCount: n.targetCount ?? undefined, bottleneck: !!n.bottleneck, keywords: n.keywords }
    : { segment: editing.segment ?? 'UPSTREAM', parentCode: editing.parentCode, weight: 3, targetCount: 3, bottleneck: false, keywords: [] };

  const save = async (v: { code: string; name: string; segment: ChainSegment; parentCode?: string; weight: number; targetCount?: number; bottleneck: boolean; keywords: string[] }) => {
    try {
      const res = await upsert({
        variables: {
          input: {
            chain: editing.chain, code: v.code.trim(), name: v.name.trim(), segment: v.segment, parentCode: v.parentCode || undefined, weight: v.weight,
            targetCount: v.targetCount ?? undefined, bottleneck: v.bottleneck, keywords: v.keywords.map((k) => k.trim()).filter(Boolean),
          },
        },
      });
      message.success(t('admin.chains.saved', { name: res.data?.upsertChainNode.name ?? v.name }));
      void client.refetchQueries({ include: ['Session'] }); // node names in every selector
      onSaved();
    } catch (e) {
      showSaveError(e, form, t, i18n.language, (text) => message.error(text));
    }
  };

  return (
    <Drawer open onClose={onClose} size={480} destroyOnHidden title={n ? t('admin.chains.editTitle', { name: n.name }) : t('admin.chains.createTitle')}
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="save-chain-node">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="chain-node-form"
        onValuesChange={(changed) => { if ('segment' in changed) form.setFieldValue('parentCode', undefined); }}>
        <Form.Item name="code" label={t('admin.chains.code')} extra={t('admin.chains.codeHelp')} rules={[{ required: true, message: t('admin.chains.codeRequired') }]}
          normalize={(v: string) => v?.toUpperCase()}>
          <Input disabled={!!n} maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.chains.name')} rules={[{ required: true, whitespace: true, message: t('admin.chains.nameRequired') }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="segment" label={t('admin.chains.segment')}>
          <Segmented options={SEGMENTS.map((s) => ({ value: s, label: t(`admin.chains.segments.${s}`) }))} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('admin.chains.parent')}>
          <Select allowClear placeholder={t('admin.chains.noParent')} options={parents.map((p) => ({ value: p.code, label: p.name }))} />
        </Form.Item>
        <Space size={24} align="start">
          <Form.Item name="weight" label={t('admin.chains.weight')} extra={t('admin.chains.weightHelp')}><InputNumber min={1} max={5} precision={0} data-testid="chain-node-weight" /></Form.Item>
          <Form.Item name="targetCount" label={t('admin.chains.target')} extra={t('admin.chains.targetHelp')}><InputNumber min={0} max={1000} precision={0} data-testid="chain-node-target" /></Form.Item>
          <Form.Item name="bottleneck" label={t('admin.chains.bottleneck')} valuePropName="checked"><Switch /></Form.Item>
        </Space>
        <Form.Item name="keywords" label={t('admin.chains.keywords')} extra={t('admin.chains.keywordsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
