import { SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { App, Button, Checkbox, Dropdown, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DownloadLink, ImportDialog } from '../components/ImportDialog';
import { EmptyState, ErrorState } from '../components/States';
import {
  EnterpriseCountDocument, EnterpriseExactCountDocument, EnterprisesDocument, type ChainCode, type EnterpriseFilter, type EnterpriseRowFragment, type EnterpriseSort, type EnterpriseStatus,
} from '../gql/graphql';
import { describeError } from '../lib/errors';
import { formatDateTime, formatWan } from '../lib/format';
import { useReference } from '../lib/reference';

const PAGE = 50;
/** The header counts this far; beyond it says "more than" and offers the exact count. */
const COUNT_LIMIT = 10_000;
// Rows are plain elements (no antd component per cell): a page of rows renders in a fraction of the time.
const tag = (bg: string, fg: string, border: string): React.CSSProperties => ({ display: 'inline-block', fontSize: 12, lineHeight: '20px', padding: '0 7px', marginInlineEnd: 4, borderRadius: 4, background: bg, color: fg, border: `1px solid ${border}` });
const IN_PARK_TAG = tag('#f6ffed', '#389e0d', '#b7eb8f');
const CANDIDATE_TAG = tag('#e6f4ff', '#0958d9', '#91caff');
const BADGE_TAG = tag('#fffbe6', '#d48806', '#ffe58f');
const COLUMNS_KEY = 'lz_registry_columns';
const BADGES = ['HIGHTECH_VALID', 'HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE'];
const ALL_COLUMNS = ['uscc', 'status', 'subPark', 'nodes', 'revenue', 'employees', 'score', 'badges', 'listing', 'region', 'updatedAt'] as const;
const DEFAULT_COLUMNS = ['uscc', 'status', 'subPark', 'nodes', 'revenue', 'score', 'badges'];

function useRegistryFilter() {
  const [params, setParams] = useSearchParams();
  const filter: EnterpriseFilter = useMemo(() => {
    const f: EnterpriseFilter = {};
    const get = (k: string) => params.get(k) || undefined;
    if (get('q')) f.text = get('q');
    if (get('chain')) f.chain = get('chain') as ChainCode;
    if (get('node')) f.nodeCode = get('node');
    if (get('status')) f.status = get('status') as EnterpriseStatus;
    if (get('subPark')) f.subParkId = get('subPark');
    if (get('badges')) f.badges = get('badges')!.split(',');
    if (get('minScore')) f.minScore = Number(get('minScore'));
    return f;
  }, [params]);
  const sort = (params.get('sort') as EnterpriseSort | null) ?? 'NAME';
  const set = useCallback((changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  }, [params, setParams]);
  return { filter, sort, params, set };
}

export default function RegistryPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const ref = useReference();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { filter, sort, params, set } = useRegistryFilter();
  const [rows, setRows] = useState<EnterpriseRowFragment[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasNext, setHasNext] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  // exact: false while the number is only a lower bound (more than COUNT_LIMIT match).
  const [total, setTotal] = useState<{ n: number; exact: boolean; counting?: boolean } | null>(null);
  const [importing, setImporting] = useState(false);
  const [text, setText] = useState(params.get('q') ?? '');
  const [visible, setVisible] = useState<string[]>(() => {
    try { return JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') ?? DEFAULT_COLUMNS; } catch { return DEFAULT_COLUMNS; }
  });
  const generation = useRef(0);
  // The virtual table needs its height in pixels (a CSS calc() makes it measure every row).
  const [tableHeight, setTableHeight] = useState(() => Math.max(280, window.innerHeight - 330));
  useEffect(() => {
    const onResize = () => setTableHeight(Math.max(280, window.innerHeight - 330));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const [reloads, setReloads] = useState(0);
  const filterKey = JSON.stringify([filter, sort, reloads]);

  const load = useCallback(async (after: string | null) => {
    const gen = generation.current;
    setLoading(true);
    try {
      const { data } = await client.query({ query: EnterprisesDocument, variables: { filter, first: PAGE, after, sort }, fetchPolicy: 'no-cache' });
      if (gen !== generation.current || !data) return;
      const page = data.enterprises;
      setRows((r) => (after ? [...r, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node)));
      setCursor(page.pageInfo.endCursor ?? null);
      setHasNext(page.pageInfo.hasNextPage);
      setError(null);
    } catch (e) {
      if (gen === generation.current) setError(e);
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, [client, filter, sort]);

  useEffect(() => {
    generation.current++;
    setRows([]);
    setTotal(null);
    void load(null);
    const gen = generation.current;
    // The exact count is its own query so that the first page never waits for it.
    client.query({ query: EnterpriseCountDocument, variables: { filter, limit: COUNT_LIMIT }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (gen !== generation.current || !data) return;
        const n = data.enterprises.boundedCount;
        setTotal(n > COUNT_LIMIT ? { n: COUNT_LIMIT, exact: false } : { n, exact: true });
      }).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  useEffect(() => {
    const timer = setTimeout(() => { if ((params.get('q') ?? '') !== text.trim()) set({ q: text.trim() || null }); }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const countExactly = async () => {
    const gen = generation.current;
    setTotal((t) => t && { ...t, counting: true });
    try {
      const { data } = await client.query({ query: EnterpriseExactCountDocument, variables: { filter }, fetchPolicy: 'network-only' });
      if (gen === generation.current && data) setTotal({ n: data.enterprises.totalCount, exact: true });
    } catch (e) {
      if (gen === generation.current) setTotal((t) => t && { ...t, counting: false });
      message.error(describeError(e, t));
    }
  };

  const nodes = useMemo(
    () => ref.industryChains.filter((c) => !filter.chain || c.code === filter.chain).flatMap((c) => c.nodes.map((n) => ({ value: n.code, label: `${c.name} · ${n.name}` }))),
    [ref.industryChains, filter.chain],
  );
  // Built once per language: a new columns array makes the table lay out every row again.
  const columns: ColumnsType<EnterpriseRowFragment> = useMemo(() => [
    { key: 'name', title: t('registry.name'), dataIndex: 'name', width: 230, ellipsis: true, fixed: 'left', render: (v: string) => <span data-testid="registry-name" style={{ color: '#1f5fbf' }}>{v}</span> },
    { key: 'uscc', title: t('registry.uscc'), dataIndex: 'uscc', width: 180, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
    { key: 'status', title: t('registry.status'), dataIndex: 'status', width: 96, render: (v: EnterpriseStatus) => <span style={v === 'IN_PARK' ? IN_PARK_TAG : CANDIDATE_TAG}>{t(`enterpriseStatus.${v}`)}</span> },
    { key: 'subPark', title: t('registry.subPark'), width: 150, ellipsis: true, render: (_, r) => r.subPark?.name ?? '—' },
    { key: 'nodes', title: t('registry.nodes'), width: 170, ellipsis: true, render: (_, r) => r.chainNodes.map((n) => n.node.name).join('、') || '—' },
    { key: 'revenue', title: t('registry.revenue'), dataIndex: 'revenue', width: 130, align: 'right', render: (v: number | null) => formatWan(v) },
    { key: 'employees', title: t('registry.employees'), dataIndex: 'employees', width: 100, align: 'right', render: (v: number | null) => v ?? '—' },
    { key: 'score', title: t('registry.score'), width: 76, align: 'right', render: (_, r) => (r.profile ? r.profile.total.toFixed(1) : '—') },
    { key: 'badges', title: t('registry.badges'), width: 170, render: (_, r) => (r.profile?.badges.length ? <span style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' }} title={r.profile.badges.map((b) => t(`badges.${b}`, { defaultValue: b })).join('、')}>{r.profile.badges.map((b) => <span key={b} style={BADGE_TAG}>{t(`badges.${b}`, { defaultValue: b })}</span>)}</span> : '—') },
    { key: 'listing', title: t('registry.listing'), dataIndex: 'listingStatus', width: 110, render: (v: string) => t(`listing.${v}`) },
    { key: 'region', title: t('registry.region'), dataIndex: 'region', width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { key: 'updatedAt', title: t('registry.updatedAt'), dataIndex: 'updatedAt', width: 160, render: (v: string) => formatDateTime(v) },
  ], [t]);
  const shown = useMemo(() => columns.filter((c) => c.key === 'name' || visible.includes(String(c.key))), [columns, visible]);
  // The scroll handler reads the paging state through a ref, so the table need not re-render when "loading" flips.
  const paging = useRef({ hasNext, loading, cursor });
  paging.current = { hasNext, loading, cursor };
  const onScroll = useCallback((e: React.UIEvent<HTMLElement>) => {
    const el = e.currentTarget as HTMLElement;
    const p = paging.current;
    if (p.hasNext && !p.loading && el.scrollHeight - el.scrollTop - el.clientHeight < 300) void load(p.cursor);
  }, [load]);
  const firstLoading = loading && rows.length === 0;
  const onRow = useCallback((r: EnterpriseRowFragment) => ({ onClick: () => navigate(`/enterprises/${r.id}`), style: { cursor: 'pointer' } }), [navigate]);
  const table = useMemo(() => (
    <Table<EnterpriseRowFragment>
      data-testid="registry-table"
      rowKey="id"
      size="middle"
      virtual
      columns={shown}
      dataSource={rows}
      loading={firstLoading}
      pagination={false}
      scroll={{ x: shown.reduce((s, c) => s + Number(c.width ?? 120), 0), y: tableHeight }}
      locale={{ emptyText: firstLoading ? ' ' : <EmptyState text={t('registry.empty')} /> }}
      onRow={onRow}
      onScroll={onScroll}
    />
  ), [shown, rows, firstLoading, tableHeight, t, onRow, onScroll]);
  // The filters re-render only when they change, not with every page of rows.
  const filterBar = useMemo(() => (
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear style={{ width: 300 }} placeholder={t('registry.search')} value={text} onChange={(e) => setText(e.target.value)} onSearch={(v) => set({ q: v.trim() || null })} data-testid="registry-search" />
          <Select allowClear style={{ width: 140 }} placeholder={t('registry.chain')} value={filter.chain ?? undefined} onChange={(v) => set({ chain: v, node: null })} options={ref.industryChains.map((c) => ({ value: c.code, label: c.name }))} data-testid="registry-chain" />
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 220 }} placeholder={t('registry.node')} value={filter.nodeCode ?? undefined} onChange={(v) => set({ node: v })} options={nodes} />
          <Select allowClear style={{ width: 120 }} placeholder={t('registry.status')} value={filter.status ?? undefined} onChange={(v) => set({ status: v })} options={(['IN_PARK', 'CANDIDATE'] as const).map((s) => ({ value: s, label: t(`enterpriseStatus.${s}`) }))} data-testid="registry-status" />
          <Select allowClear style={{ width: 180 }} placeholder={t('registry.subPark')} value={filter.subParkId ?? undefined} onChange={(v) => set({ subPark: v as string | undefined })} options={ref.subParks.map((s) => ({ value: s.id, label: s.name }))} />
          <Select allowClear mode="multiple" maxTagCount={1} style={{ width: 220 }} placeholder={t('registry.badges')} value={filter.badges ?? []} onChange={(v: string[]) => set({ badges: v.join(',') || null })} options={BADGES.map((b) => ({ value: b, label: t(`badges.${b}`) }))} />
          <InputNumber min={0} max={100} style={{ width: 130 }} placeholder={t('registry.minScore')} prefix={filter.minScore == null ? undefined : '≥'} value={filter.minScore ?? null} onChange={(v) => set({ minScore: v == null ? null : String(v) })} />
          <Select style={{ width: 140 }} value={sort} onChange={(v) => set({ sort: v === 'NAME' ? null : v })} options={[{ value: 'NAME', label: t('registry.sortName') }, { value: 'SCORE', label: t('registry.sortScore') }, { value: 'UPDATED', label: t('registry.sortUpdated') }]} />
        </Space>
  ), [text, filter, sort, nodes, ref.industryChains, ref.subParks, set, t]);

  return (
    <div data-testid="registry-page">
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12, gap: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('registry.title')}</Typography.Title>
        <Typography.Text type="secondary" data-testid="registry-total">
          {total == null ? t('registry.counting') : total.exact ? t('registry.total', { n: total.n.toLocaleString() }) : t('registry.totalMore', { n: total.n.toLocaleString() })}
        </Typography.Text>
        {total && !total.exact && (
          <Button type="link" size="small" style={{ padding: 0 }} loading={total.counting} onClick={() => void countExactly()} data-testid="registry-count-exact">{t('registry.countExact')}</Button>
        )}
        <div style={{ flex: 1 }} />
        {ref.me.role !== 'GROUP' && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">{t('registry.import')}</Button>}
        <DownloadLink href={`/exports/enterprises.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}&lang=${i18n.language === 'en' ? 'en' : 'zh'}`} filename="enterprises.xlsx" testId="export">{t('registry.export')}</DownloadLink>
        <Dropdown trigger={['click']} popupRender={() => (
          <div style={{ background: '#fff', padding: 12, borderRadius: 8, boxShadow: '0 6px 16px rgba(0,0,0,.12)' }}>
            <Checkbox.Group value={visible} onChange={(v) => { setVisible(v as string[]); localStorage.setItem(COLUMNS_KEY, JSON.stringify(v)); }}
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={ALL_COLUMNS.map((k) => ({ value: k, label: String(columns.find((c) => c.key === k)?.title) }))} />
          </div>
        )}>
          <Button icon={<SettingOutlined />}>{t('registry.columns')}</Button>
        </Dropdown>
      </div>
      {filterBar}
      {error && rows.length === 0 ? <ErrorState error={error} retry={() => void load(null)} /> : (
        <>
          {table}
          {/* Outside the table: the button's loading state re-renders this strip, not the rows. */}
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 16px', background: '#fafafa', borderRadius: '0 0 8px 8px', borderTop: '1px solid #f0f0f0' }}>
            <Typography.Text type="secondary" data-testid="registry-loaded">{t('registry.loaded', { count: rows.length })}</Typography.Text>
            {hasNext ? <Button onClick={() => void load(cursor)} loading={loading && rows.length > 0} data-testid="registry-more">{t('registry.loadMore')}</Button> : rows.length > 0 && <Typography.Text type="secondary">{t('registry.allLoaded')}</Typography.Text>}
          </div>
        </>
      )}
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={() => setReloads((n) => n + 1)} />
    </div>
  );
}
