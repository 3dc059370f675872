import { ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { GraphChart } from 'echarts/charts';
import { App, Button, Card, Empty, Progress, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EChart } from '../components/charts/EChart';
import { echarts } from '../components/charts/echarts';
import { ErrorState, Loading } from '../components/States';
import { ChainMapDocument, GapJobDocument, RecomputeGapsDocument, type ChainCode } from '../gql/graphql';
import { describeError } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useReference } from '../lib/reference';
import { COLUMN_WIDTH, layoutChain, ROW_HEIGHT, SEGMENTS } from './chains/layout';
import { NodeDrawer } from './chains/NodeDrawer';

echarts.use([GraphChart]);

export const STATUS_COLOR = { MISSING: '#f5222d', WEAK: '#faad14', STRONG: '#52c41a', NONE: '#bfbfbf' } as const;

/** 产业链图谱: each chain laid out by segment, nodes sized by weight and coloured by the latest gap analysis. */
export default function ChainsPage() {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const [params, setParams] = useSearchParams();
  const chains = ref.industryChains;
  const chain = (chains.find((c) => c.code === params.get('chain'))?.code ?? chains[0]?.code) as ChainCode;
  // Which sub-parks the selector offers comes from the API's scope (me.subParkIds for a group user); the API refuses any other.
  const isGroup = ref.me.role === 'GROUP';
  const parks = isGroup ? ref.subParks.filter((p) => ref.me.subParkIds.includes(p.id)) : ref.subParks;
  const asked = params.get('park');
  const subParkId = isGroup ? (parks.find((p) => p.id === asked)?.id ?? parks[0]?.id ?? null) : (parks.find((p) => p.id === asked)?.id ?? null);
  const set = (k: string, v: string | null) => setParams((p) => { const n = new URLSearchParams(p); if (v === null) n.delete(k); else n.set(k, v); if (k !== 'node') n.delete('node'); return n; }, { replace: true });

  return (
    <div data-testid="chains-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('chains.title')}</Typography.Title>
        <Space style={{ marginInlineStart: 'auto' }}>
          <span>{t('chains.subPark')}</span>
          <Select data-testid="subpark-select" style={{ width: 220 }} value={subParkId ?? ''} onChange={(v) => set('park', v || null)}
            options={[...(isGroup ? [] : [{ value: '', label: t('chains.wholePark') }]), ...parks.map((p) => ({ value: p.id, label: p.name }))]} />
        </Space>
      </div>
      <Tabs activeKey={chain} onChange={(k) => set('chain', k)} items={chains.map((c) => ({ key: c.code, label: <span data-testid={`chain-tab-${c.code}`}>{i18n.language === 'en' ? c.nameEn : c.name}</span> }))} />
      {(isGroup && parks.length === 0) ? <Empty /> : <ChainMap key={`${chain}:${subParkId ?? ''}`} chain={chain} subParkId={subParkId} node={params.get('node')} setNode={(n) => set('node', n)} />}
    </div>
  );
}

function ChainMap({ chain, subParkId, node, setNode }: { chain: ChainCode; subParkId: string | null; node: string | null; setNode: (n: string | null) => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { data, loading, error, refetch } = useQuery(ChainMapDocument, { variables: { chain, subParkId }, fetchPolicy: 'cache-and-network' });
  const chainNodes = ref.industryChains.find((c) => c.code === chain)?.nodes ?? [];
  const gaps = useMemo(() => new Map((data?.chainGaps ?? []).map((g) => [g.node.code, g])), [data]);
  const ranAt = data?.chainGaps[0]?.computedAt ?? null;

  const option = useMemo(() => {
    const { nodes: laid, rows } = layoutChain(chainNodes as never);
    const headers = SEGMENTS.map((s, i) => ({
      id: `seg-${s}`, name: t(`chains.segment.${s}`), value: [i * COLUMN_WIDTH, 0], symbolSize: 0.1,
      label: { show: true, position: 'right', fontSize: 16, fontWeight: 'bold', color: '#262626', formatter: t(`chains.segment.${s}`) },
      tooltip: { show: false }, segmentHeader: true,
    }));
    const nodes = laid.map((l) => {
      const n = chainNodes.find((x) => x.code === l.code)!;
      const g = gaps.get(l.code);
      const status = g?.status ?? 'NONE';
      const w = g?.node.weight ?? 3;
      return {
        id: l.code, name: n.name, value: [l.x, l.y, w],
        symbolSize: 10 + w * 5,
        itemStyle: { color: STATUS_COLOR[status], borderColor: g?.node.bottleneck ? '#820014' : '#fff', borderWidth: g?.node.bottleneck ? 3 : 1 },
        label: {
          show: true, position: 'right', color: '#262626', fontSize: 12,
          formatter: `${n.name}  {s|${t(`chains.statusShort.${status}`)} ${g ? `${g.inParkCount}/${g.node.targetCount ?? '—'}` : ''}}`,
          rich: { s: { color: STATUS_COLOR[status], fontWeight: 'bold' } },
        },
        tooltip: { formatter: `${n.name}<br/>${t(`chains.status.${status}`)} · ${g ? t('chains.count', { n: g.inParkCount, target: g.node.targetCount ?? '—' }) : ''}<br/>${t('chains.weight', { w })}` },
      };
    });
    const links = chainNodes.filter((n) => n.parentCode && laid.some((l) => l.code === n.parentCode)).map((n) => ({ source: n.parentCode!, target: n.code }));
    // On a hidden cartesian grid rather than the graph's own view: the view would stretch the circles to fit the box.
    return {
      tooltip: { trigger: 'item' },
      animation: false,
      grid: { left: 24, right: 8, top: 12, bottom: 12 },
      xAxis: { type: 'value', show: false, min: -12, max: SEGMENTS.length * COLUMN_WIDTH },
      yAxis: { type: 'value', show: false, inverse: true, min: -14, max: rows * ROW_HEIGHT + 20 },
      series: [{
        type: 'graph', layout: 'none', coordinateSystem: 'cartesian2d', roam: false,
        data: [...headers, ...nodes], links, lineStyle: { color: '#d9d9d9', width: 1, curveness: 0 },
        emphasis: { focus: 'none', scale: 1.15 },
      }],
    };
  }, [chainNodes, gaps, t]);
  const rows = layoutChain(chainNodes as never).rows;
  const selected = node ? gaps.get(node) ?? null : null;
  const weakOnes = (data?.chainGaps ?? []).filter((g) => g.status !== 'STRONG');

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading rows={8} />;
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <Card size="small" style={{ flex: 1, minWidth: 0 }} bodyStyle={{ padding: 8 }}>
        <RunBar ranAt={ranAt} onDone={() => void refetch()} />
        <Space size={12} wrap style={{ fontSize: 12, margin: '4px 8px 0' }}>
          {(['MISSING', 'WEAK', 'STRONG'] as const).map((s) => <span key={s}><span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: STATUS_COLOR[s], marginInlineEnd: 4 }} />{t(`chains.status.${s}`)}</span>)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('chains.legend')}</Typography.Text>
        </Space>
        <EChart option={option} testId="chain-map" ariaLabel={t('chains.title')} style={{ height: Math.max(420, (rows + 1) * ROW_HEIGHT * 0.92 + 40) }}
          onEvents={{ click: (p: { data?: { id?: string; segmentHeader?: boolean } }) => { if (p.data?.id && !p.data.segmentHeader) setNode(p.data.id); } }} />
      </Card>
      <Card size="small" title={t('chains.gapsList')} style={{ width: 300, flex: 'none' }} bodyStyle={{ padding: 8, maxHeight: 720, overflowY: 'auto' }} data-testid="gap-list">
        {weakOnes.length === 0 ? <Empty description={t('chains.noGaps')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : weakOnes.map((g) => (
          <button key={g.node.code} type="button" onClick={() => setNode(g.node.code)} data-testid={`node-item-${g.node.code}`} data-status={g.status}
            style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 8, padding: '6px 8px', border: 0, borderBottom: '1px solid #f0f0f0', background: node === g.node.code ? '#e6f4ff' : 'transparent', cursor: 'pointer', textAlign: 'left' }}>
            <span style={{ width: 10, height: 10, borderRadius: 5, background: STATUS_COLOR[g.status], flex: 'none' }} />
            <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{g.node.name}</span>
            <Tag color={g.status === 'MISSING' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>{t(`chains.status.${g.status}`)} {g.inParkCount}/{g.node.targetCount ?? '—'}</Tag>
          </button>
        ))}
      </Card>
      {selected && <NodeDrawer chain={chain} subParkId={subParkId} gap={selected} onClose={() => setNode(null)} onChanged={() => void refetch()} />}
    </div>
  );
}

/** When the analysis ran (Asia/Shanghai) and, for managers and administrators, re-running it and following its job to the end. */
function RunBar({ ranAt, onDone }: { ranAt: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [recompute, { loading }] = useMutation(RecomputeGapsDocument);
  const [job, setJob] = useState<{ id: string; progress: number } | null>(null);
  const may = ref.me.role === 'ADMIN' || ref.me.role === 'MANAGER';
  useEffect(() => {
    if (!job) return;
    let stop = false;
    const tick = async () => {
      try {
        const { data } = await client.query({ query: GapJobDocument, variables: { id: job.id }, fetchPolicy: 'network-only' });
        const j = data?.job;
        if (stop || !j) return;
        if (j.state === 'COMPLETED') { setJob(null); message.success(t('chains.recomputed')); onDone(); return; }
        if (j.state === 'FAILED') { setJob(null); message.error(t('chains.recomputeFailed', { reason: j.failedReason ?? '' })); return; }
        setJob({ id: job.id, progress: j.progress ?? 0 });
      } catch (e) { if (!stop) { setJob(null); message.error(describeError(e, t)); } return; }
      if (!stop) timer = setTimeout(tick, 1000);
    };
    let timer = setTimeout(tick, 500);
    return () => { stop = true; clearTimeout(timer); };
  }, [job?.id]);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 8px', minHeight: 32 }}>
      <Typography.Text type="secondary" data-testid="gap-run-at">{ranAt ? t('chains.ranAt', { time: formatDateTime(ranAt) }) : t('chains.neverRan')}</Typography.Text>
      {job && <Progress percent={Math.round(job.progress)} size="small" style={{ width: 160, margin: 0 }} data-testid="gap-job-progress" />}
      {may && (
        <Button size="small" icon={<ReloadOutlined />} loading={loading || job !== null} style={{ marginInlineStart: 'auto' }} data-testid="recompute-gaps"
          onClick={async () => {
            try {
              const { data } = await recompute();
              if (data) setJob({ id: data.recomputeChainGaps.id, progress: data.recomputeChainGaps.progress ?? 0 });
            } catch (e) { message.error(describeError(e, t)); }
          }}>
          {job ? t('chains.recomputing', { p: Math.round(job.progress) }) : t('chains.recompute')}
        </Button>
      )}
    </div>
  );
}
