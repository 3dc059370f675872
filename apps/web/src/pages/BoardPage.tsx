import { WarningOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import {
  closestCenter, DndContext, DragOverlay, PointerSensor, pointerWithin, useDraggable, useDroppable, useSensor, useSensors,
  type CollisionDetection, type DragEndEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { App, Descriptions, Form, Input, Modal, Select, Space, Spin, Switch, Tag, Tooltip, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/States';
import {
  BoardColumnMoreDocument, BoardTotalsDocument, LeadNowDocument, MoveLeadDocument,
  type BoardQuery, type LeadCardFragment, type LeadFilter, type LeadStage, type LeadNowQuery,
} from '../gql/graphql';
import { arrivedBoard, BOARD_PAGE, boardFilter, fetchBoard, releaseArrivedBoard, takePrefetchedBoard } from '../lib/board-prefetch';
import { describeError, problemOf } from '../lib/errors';
import { ALL_STAGES, formatDate, formatDateTime, formatWan, moveNeedsReason } from '../lib/format';
import { nodeName, useReference } from '../lib/reference';

const PAGE = BOARD_PAGE;
const COLUMN_WIDTH = 272;
/** Cards a column shows without scrolling on a tall screen (a card is about 110 px high). */
const FIRST_SCREEN = 8;

interface Column { stage: LeadStage; count: number; sum: number; cards: LeadCardFragment[]; hasNext: boolean; cursor: string | null; loading: boolean }
type Columns = Record<LeadStage, Column>;

/** The pointer decides where a dragged card lands; failing that, the nearest column does. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : closestCenter(args);
};

function useBoardFilter(meId: string) {
  const [params, setParams] = useSearchParams();
  const filter: LeadFilter = useMemo(() => boardFilter(params, meId), [params, meId]);
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { filter, params, set };
}

/** The board query for the current filter (the prefetched one when it matches); kept out of Apollo's cache. */
function useBoard(filter: LeadFilter) {
  // A board that arrived before the first render is shown by it (no skeleton, no second render to swap it in).
  const [arrived] = useState(() => arrivedBoard(filter));
  const skipFirst = useRef(arrived !== null);
  const [state, setState] = useState<{ data?: BoardQuery; error?: unknown; loading: boolean }>(arrived ? { data: arrived, loading: false } : { loading: true });
  const [reloads, setReloads] = useState(0);
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      releaseArrivedBoard();
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    (takePrefetchedBoard(filter) ?? fetchBoard(filter)).then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reloads]);
  const refetch = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, refetch };
}

export default function BoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ref = useReference();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { filter, params, set } = useBoardFilter(ref.me.id);
  const { data, loading, error, refetch } = useBoard(filter);
  const [columns, setColumns] = useState<Columns | null>(null);
  const [dragging, setDragging] = useState<LeadCardFragment | null>(null);
  const [pendingReason, setPendingReason] = useState<{ card: LeadCardFragment; to: LeadStage } | null>(null);
  const [conflict, setConflict] = useState<NonNullable<LeadNowQuery['lead']> | null>(null);
  const [owners, setOwners] = useState<Map<string, string>>(new Map());
  const columnsRef = useRef<Columns | null>(null);
  columnsRef.current = columns;

  // Columns follow each new board answer in the same render (derived state), not one effect and one commit later.
  const [columnsOf, setColumnsOf] = useState<BoardQuery | undefined>(undefined);
  if (data && data !== columnsOf) {
    setColumnsOf(data);
    const next = {} as Columns;
    for (const c of data.pipeline) {
      next[c.stage] = {
        stage: c.stage, count: c.count, sum: c.expectedInvestment, cards: c.leads.edges.map((e) => e.node),
        hasNext: c.leads.pageInfo.hasNextPage, cursor: c.leads.pageInfo.endCursor ?? null, loading: false,
      };
    }
    setColumns(next);
  }

  useEffect(() => {
    if (!columns) return;
    setOwners((prev) => {
      let changed = false;
      const m = new Map(prev);
      for (const c of Object.values(columns)) for (const card of c.cards) if (card.owner && !m.has(card.owner.id)) {
        m.set(card.owner.id, card.owner.name ?? card.owner.email);
        changed = true;
      }
      return changed ? m : prev;
    });
  }, [columns]);

  const loadMore = useCallback(async (stage: LeadStage) => {
    const col = columnsRef.current?.[stage];
    if (!col || !col.hasNext || col.loading) return;
    setColumns((cs) => cs && { ...cs, [stage]: { ...cs[stage], loading: true } });
    try {
      const { data: more } = await client.query({ query: BoardColumnMoreDocument, variables: { filter: { ...filter, stage }, first: PAGE * 2, after: col.cursor }, fetchPolicy: 'network-only' });
      if (!more) return;
      setColumns((cs) => {
        if (!cs) return cs;
        const seen = new Set(cs[stage].cards.map((c) => c.id));
        const added = more.leads.edges.map((e) => e.node).filter((n) => !seen.has(n.id));
        return { ...cs, [stage]: { ...cs[stage], cards: [...cs[stage].cards, ...added], hasNext: more.leads.pageInfo.hasNextPage, cursor: more.leads.pageInfo.endCursor ?? null, loading: false } };
      });
    } catch (e) {
      message.error(describeError(e, t));
      setColumns((cs) => cs && { ...cs, [stage]: { ...cs[stage], loading: false } });
    }
  }, [client, filter, message, t]);

  /** Server totals after a move: the optimistic numbers are replaced by what PostgreSQL summed. */
  const reconcile = useCallback(async () => {
    const { data: totals } = await client.query({ query: BoardTotalsDocument, variables: { filter }, fetchPolicy: 'network-only' });
    if (!totals) return;
    setColumns((cs) => {
      if (!cs) return cs;
      const next = { ...cs };
      for (const c of totals.pipeline) next[c.stage] = { ...next[c.stage], count: c.count, sum: c.expectedInvestment };
      return next;
    });
  }, [client, filter]);

  const move = useCallback(async (card: LeadCardFragment, to: LeadStage, reason?: string) => {
    const from = card.stage;
    const amount = card.expectedInvestment ?? 0;
    const place = (cs: Columns, moving: LeadCardFragment, a: LeadStage, b: LeadStage, sign: 1 | -1): Columns => ({
      ...cs,
      [a]: { ...cs[a], count: cs[a].count - sign, sum: cs[a].sum - sign * amount, cards: sign === 1 ? cs[a].cards.filter((c) => c.id !== moving.id) : [moving, ...cs[a].cards.filter((c) => c.id !== moving.id)] },
      [b]: { ...cs[b], count: cs[b].count + sign, sum: cs[b].sum + sign * amount, cards: sign === 1 ? [{ ...moving, stage: b }, ...cs[b].cards] : cs[b].cards.filter((c) => c.id !== moving.id) },
    });
    setColumns((cs) => cs && place(cs, card, from, to, 1));
    try {
      const { data: moved } = await client.mutate({ mutation: MoveLeadDocument, variables: { id: card.id, stage: to, version: card.version, reason } });
      if (moved) setColumns((cs) => cs && { ...cs, [to]: { ...cs[to], cards: cs[to].cards.map((c) => (c.id === card.id ? moved.moveLead : c)) } });
      message.success(t('board.moved', { title: card.enterprise.name, stage: t(`stages.${to}`) }));
      void reconcile();
    } catch (e) {
      setColumns((cs) => cs && place(cs, card, from, to, -1));
      if (problemOf(e).code === 'CONFLICT') {
        const { data: now } = await client.query({ query: LeadNowDocument, variables: { id: card.id }, fetchPolicy: 'network-only' });
        if (now?.lead) setConflict(now.lead);
        void refetch();
      } else {
        message.error(describeError(e, t, (f) => (f === 'reason' ? t('board.reasonLabel') : undefined)));
      }
    }
  }, [client, message, reconcile, refetch, t]);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const drop = useCallback((card: LeadCardFragment, to: LeadStage | undefined) => {
    if (!to || to === card.stage) return;
    if (moveNeedsReason(card.stage, to)) setPendingReason({ card, to });
    else void move(card, to);
  }, [move]);
  const onDragStart = (e: DragStartEvent) => setDragging((e.active.data.current as { card: LeadCardFragment }).card);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const card = (e.active.data.current as { card: LeadCardFragment } | undefined)?.card;
    if (card) drop(card, e.over?.id as LeadStage | undefined);
  };

  // The keyboard way, one column per arrow press: Space or Enter on a focused card picks it up, ← → choose the
  // column, Space or Enter drops it there, Escape puts it back.
  const [picked, setPickedState] = useState<{ card: LeadCardFragment; target: LeadStage } | null>(null);
  const pickedRef = useRef(picked);
  const setPicked = useCallback((p: { card: LeadCardFragment; target: LeadStage } | null) => {
    pickedRef.current = p; // read by the next key press even before React has rendered this one
    setPickedState(p);
  }, []);
  const pick = useCallback((card: LeadCardFragment) => setPicked({ card, target: card.stage }), [setPicked]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const p = pickedRef.current;
      if (!p) return;
      const i = ALL_STAGES.indexOf(p.target);
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const target = ALL_STAGES[Math.max(0, Math.min(ALL_STAGES.length - 1, i + (e.key === 'ArrowRight' ? 1 : -1)))];
        setPicked({ ...p, target });
        document.querySelector(`[data-testid="column-${target}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else if (e.key === ' ' || e.key === 'Enter') {
        setPicked(null);
        drop(p.card, p.target);
      } else if (e.key === 'Escape') setPicked(null);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [drop, setPicked]);

  const labels = useCardLabels();
  const filtered = Object.keys(filter).length > 0;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 112px)' }}>
      <Space wrap style={{ marginBottom: 12, alignItems: 'center' }}>
        <Typography.Title level={4} style={{ margin: 0, marginInlineEnd: 12 }}>{t('board.title')}</Typography.Title>
        <Select
          data-testid="filter-owner"
          allowClear
          style={{ width: 160 }}
          placeholder={t('board.anyOwner')}
          value={params.get('owner') ?? undefined}
          onChange={(v) => set('owner', v)}
          options={[{ value: 'me', label: t('board.mine') }, ...[...owners].filter(([id]) => id !== ref.me.id).map(([id, name]) => ({ value: id, label: name }))]}
        />
        <Select data-testid="filter-subpark" allowClear style={{ width: 200 }} placeholder={t('board.anySubPark')} value={params.get('subPark') ?? undefined} onChange={(v) => set('subPark', v)}
          options={ref.subParks.map((s) => ({ value: s.id, label: s.name }))} />
        <Select data-testid="filter-chain" allowClear style={{ width: 160 }} placeholder={t('board.anyChain')} value={params.get('chain') ?? undefined} onChange={(v) => set('chain', v)}
          options={ref.industryChains.map((c) => ({ value: c.code, label: c.name }))} />
        <Space>
          <Switch data-testid="filter-stale" checked={params.get('stale') === '1'} onChange={(v) => set('stale', v ? '1' : null)} />
          <span>{t('board.staleOnly')}</span>
        </Space>
        {filtered && <Tag color="blue">{t('board.filtered')}</Tag>}
        <Tooltip title={t('board.dragHint')}><Typography.Text type="secondary" style={{ fontSize: 12 }}>ⓘ {t('board.dragHint').split('；')[0].split(';')[0]}</Typography.Text></Tooltip>
      </Space>
      {error && !columns ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !columns || (loading && !data) ? (
        <Loading rows={10} />
      ) : (
        <DndContext id="board" sensors={sensors} collisionDetection={collision} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}
          accessibility={{ screenReaderInstructions: { draggable: t('board.dragHint') } }}>
          <div aria-live="assertive" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {picked ? `${picked.card.enterprise.name} → ${t(`stages.${picked.target}`)}` : ''}
          </div>
          <div data-testid="board" onClick={(e) => {
            // One handler for every card's link: in-app navigation without a router Link per card.
            const a = (e.target as HTMLElement).closest('a[data-lead-link]');
            if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            navigate(a.getAttribute('href')!);
          }} style={{ display: 'flex', gap: 12, overflowX: 'auto', flex: 1, minHeight: 0, paddingBottom: 8 }}>
            {ICONS}
            {ALL_STAGES.map((stage) => (
              <BoardColumn key={stage} column={columns[stage]} onNeedMore={loadMore} onPick={pick} targeted={picked?.target === stage} pickedId={picked?.card.id} labels={labels} />
            ))}
          </div>
          <DragOverlay dropAnimation={null}>{dragging ? <CardBody card={dragging} overlay labels={labels} /> : null}</DragOverlay>
        </DndContext>
      )}
      <ReasonDialog pending={pendingReason} onCancel={() => setPendingReason(null)} onConfirm={(reason) => {
        const p = pendingReason;
        setPendingReason(null);
        if (p) void move(p.card, p.to, reason);
      }} />
      <Modal open={!!conflict} title={<span data-testid="conflict-title"><WarningOutlined style={{ color: '#faad14', marginInlineEnd: 8 }} />{t('board.conflictTitle')}</span>}
        onOk={() => setConflict(null)} onCancel={() => setConflict(null)} okText={t('board.useCurrent')} cancelButtonProps={{ style: { display: 'none' } }}>
        {conflict && (
          <div data-testid="conflict-dialog">
            <p>{t('board.conflictBody')}</p>
            <Descriptions column={1} size="small" bordered items={[
              { key: 'e', label: t('lead.enterprise'), children: conflict.enterprise.name },
              { key: 's', label: t('board.currentStage'), children: <Tag color="blue" data-testid="conflict-stage">{t(`stages.${conflict.stage}`)}</Tag> },
              { key: 'o', label: t('lead.owner'), children: conflict.owner?.name ?? conflict.owner?.email ?? '—' },
              { key: 'i', label: t('lead.expectedInvestment'), children: formatWan(conflict.expectedInvestment) },
              { key: 'u', label: t('board.lastChange'), children: formatDateTime(conflict.updatedAt) },
            ]} />
          </div>
        )}
      </Modal>
    </div>
  );
}

function ReasonDialog({ pending, onCancel, onConfirm }: { pending: { card: LeadCardFragment; to: LeadStage } | null; onCancel: () => void; onConfirm: (r: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (pending) form.resetFields();
  }, [pending, form]);
  return (
    <Modal open={!!pending} title={pending ? t('board.reasonTitle', { stage: t(`stages.${pending.to}`) }) : ''} onCancel={onCancel} onOk={() => form.submit()} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
      <div data-testid="reason-dialog">
        {pending && <Typography.Paragraph type="secondary">{pending.card.enterprise.name} · {pending.card.title}</Typography.Paragraph>}
        <Form form={form} layout="vertical" onFinish={(v) => onConfirm(v.reason.trim())}>
          <Form.Item name="reason" label={t('board.reasonLabel')} rules={[{ required: true, whitespace: true, message: t('board.reasonRequired') }]}>
            <Input.TextArea autoFocus rows={3} placeholder={t('board.reasonPlaceholder')} maxLength={500} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

const BoardColumn = memo(function BoardColumn({ column, onNeedMore, onPick, targeted, pickedId, labels }: {
  column: Column; onNeedMore: (s: LeadStage) => void; onPick: (c: LeadCardFragment) => void; targeted: boolean; pickedId?: string; labels: CardLabels;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver: pointerOver } = useDroppable({ id: column.stage });
  const isOver = pointerOver || targeted;
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  // The first render shows what a column shows without scrolling; the rest of its page follows one commit later.
  // A board's first paint (the server's HTML included) then lays out a third of its cards.
  const [all, setAll] = useState(false);
  useEffect(() => setAll(true), []);
  const cards = all ? column.cards : column.cards.slice(0, FIRST_SCREEN);
  useEffect(() => {
    if (!all || !column.hasNext || !sentinel.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNeedMore(column.stage), { root: scroller.current, rootMargin: '400px' });
    io.observe(sentinel.current);
    return () => io.disconnect();
  }, [all, column.hasNext, column.cards.length, column.stage, onNeedMore]);
  const side = column.stage === 'ON_HOLD' || column.stage === 'LOST';
  return (
    <div ref={setNodeRef} data-testid={`column-${column.stage}`} style={{
      width: COLUMN_WIDTH, flex: `0 0 ${COLUMN_WIDTH}px`, display: 'flex', flexDirection: 'column', borderRadius: 8,
      background: isOver ? '#e6f0ff' : side ? '#f7f7f7' : '#f0f2f5', outline: isOver ? '2px dashed #1f5fbf' : undefined,
    }}>
      <div style={{ padding: '10px 12px 8px', borderBottom: '1px solid #e5e7eb' }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Text strong>{t(`stages.${column.stage}`)}</Typography.Text>
          <span data-testid="col-count" data-count={column.count} style={{ minWidth: 20, height: 20, padding: '0 6px', borderRadius: 10, background: side ? '#8c8c8c' : '#1f5fbf', color: '#fff', fontSize: 12, lineHeight: '20px', textAlign: 'center' }}>{column.count.toLocaleString('zh-CN')}</span>
        </div>
        <div style={{ fontSize: 12, color: '#595959', marginTop: 2 }}>
          {t('common.sum')} <span data-testid="col-sum" data-sum={column.sum} style={{ fontWeight: 600, color: '#262626' }}>{formatWan(column.sum)}</span> {t('common.wan')}
        </div>
      </div>
      <div ref={scroller} data-testid="col-scroll" style={{ overflowY: 'auto', flex: 1, padding: 8, display: 'flex', flexDirection: 'column', gap: 8 }}>
        {column.cards.length === 0 && !column.loading ? (
          <div style={{ color: '#8c8c8c', textAlign: 'center', padding: '24px 0', fontSize: 13 }}>{t('board.emptyColumn')}</div>
        ) : (
          cards.map((card) => <DraggableCard key={card.id} card={card} onPick={onPick} picked={card.id === pickedId} labels={labels} />)
        )}
        <div ref={sentinel} style={{ minHeight: 1 }} />
        {column.loading && <div style={{ textAlign: 'center', padding: 8 }}><Spin size="small" /> <span style={{ fontSize: 12, color: '#8c8c8c' }}>{t('board.loadingMore')}</span></div>}
        {!column.hasNext && column.cards.length > PAGE && <div style={{ textAlign: 'center', fontSize: 12, color: '#8c8c8c' }} data-testid="col-all-loaded">{t('board.allLoaded', { count: column.cards.length })}</div>}
      </div>
    </div>
  );
});

const DraggableCard = memo(function DraggableCard({ card, onPick, picked, labels }: { card: LeadCardFragment; onPick: (c: LeadCardFragment) => void; picked: boolean; labels: CardLabels }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } });
  return (
    <div ref={setNodeRef} {...listeners} {...attributes} aria-pressed={picked} data-testid="lead-card" data-id={card.id} className={isDragging ? 'lz-card-slot lz-dragging' : 'lz-card-slot'}
      onKeyDown={(e) => { if (!picked && (e.key === ' ' || e.key === 'Enter') && e.target === e.currentTarget) { e.preventDefault(); onPick(card); } }}>
      <CardBody card={card} labels={labels} />
    </div>
  );
});

// antd's UserOutlined / ClockCircleOutlined, drawn once as symbols that every card uses (an icon component per card
// costs hooks and style checks, and each path inline would be a kilobyte of every card's HTML).
const ICONS = (
  <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true">
    <symbol id="lz-icon-user" viewBox="64 64 896 896"><path d="M858.5 763.6a374 374 0 00-80.6-119.5 375.63 375.63 0 00-119.5-80.6c-.4-.2-.8-.3-1.2-.5C719.5 518 760 444.7 760 362c0-137-111-248-248-248S264 225 264 362c0 82.7 40.5 156 102.8 201.1-.4.2-.8.3-1.2.5-44.8 18.9-85 46-119.5 80.6a375.63 375.63 0 00-80.6 119.5A371.7 371.7 0 00136 901.8a8 8 0 008 8.2h60c4.4 0 7.9-3.5 8-7.8 2-77.2 33-149.5 87.8-204.3 56.7-56.7 132-87.9 212.2-87.9s155.5 31.2 212.2 87.9C779 752.7 810 825 812 902.2c.1 4.4 3.6 7.8 8 7.8h60a8 8 0 008-8.2c-1-47.8-10.9-94.3-29.5-138.2zM512 534c-45.9 0-89.1-17.9-121.6-50.4S340 407.9 340 362c0-45.9 17.9-89.1 50.4-121.6S466.1 190 512 190s89.1 17.9 121.6 50.4S684 316.1 684 362c0 45.9-17.9 89.1-50.4 121.6S557.9 534 512 534z" /></symbol>
    <symbol id="lz-icon-clock" viewBox="64 64 896 896">
      <path d="M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm0 820c-205.4 0-372-166.6-372-372s166.6-372 372-372 372 166.6 372 372-166.6 372-372 372z" />
      <path d="M686.7 638.6L544.1 535.5V288c0-4.4-3.6-8-8-8H488c-4.4 0-8 3.6-8 8v275.4c0 2.6 1.2 5 3.3 6.5l165.4 120.6c3.6 2.6 8.6 1.8 11.2-1.7l28.6-39c2.6-3.7 1.8-8.7-1.8-11.2z" />
    </symbol>
  </svg>
);
const icon = (id: string) => <svg className="lz-icon" aria-hidden="true"><use href={`#lz-icon-${id}`} /></svg>;

/**
 * A card is plain elements styled by board.css (no antd component, no inline style per card): a column of a few
 * hundred renders quickly, and the server's first paint of 180 cards stays a small page.
 */
function CardBody({ card, overlay, labels }: { card: LeadCardFragment; overlay?: boolean; labels: CardLabels }) {
  return (
    <div className={`lz-card${card.stale ? ' lz-stale' : ''}${overlay ? ' lz-overlay' : ''}`}>
      <div className="lz-card-head">
        <a href={`/leads/${card.id}`} data-lead-link draggable={false} data-testid="card-enterprise">{card.enterprise.name}</a>
        {card.stale && <span className="lz-tag lz-tag-stale" data-testid="stale-mark">{labels.stale}</span>}
      </div>
      <div className="lz-card-title">{card.title}</div>
      <div className="lz-card-tags">
        {card.nodeCode && <span className="lz-tag lz-tag-node">{labels.node(card.nodeCode)}</span>}
        <span className="lz-card-amount">{card.expectedInvestment != null ? `${formatWan(card.expectedInvestment)} ${labels.wan}` : '—'}</span>
      </div>
      <div className="lz-card-foot">
        <span>{icon('user')} {card.owner?.name ?? card.owner?.email ?? '—'}</span>
        {card.nextFollowUp && <span>{icon('clock')} {formatDate(card.nextFollowUp)}</span>}
      </div>
    </div>
  );
}

interface CardLabels { stale: string; wan: string; node: (code: string) => string | undefined }

function useCardLabels(): CardLabels {
  const { t } = useTranslation();
  const ref = useReference();
  return useMemo(() => ({ stale: t('board.stale'), wan: t('common.wan'), node: (code: string) => nodeName(ref, code) }), [t, ref]);
}
