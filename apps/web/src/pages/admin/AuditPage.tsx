import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/States';
import { AdminAuditFiltersDocument, AdminAuditLogsDocument, AdminUsersDocument, type AdminAuditLogsQuery, type AuditFilter } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useReference } from '../../lib/reference';
import { AdminError } from './shared';

const PAGE = 50;
type Entry = AdminAuditLogsQuery['auditLogs'][number];

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '∅';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
};

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const parkNames = new Map(ref.subParks.map((p) => [p.id, p.name]));
  /** Sub-park ids read as names; everything else as stored. */
  const value = (field: string, v: unknown) => (field === 'subParkIds' && Array.isArray(v) ? v.map((id) => parkNames.get(String(id)) ?? id).join('、') || '∅' : show(v));
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = useMemo(() => ({
    actorId: params.get('actor') ?? undefined,
    entity: params.get('entity') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  }), [params]);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminAuditLogsDocument, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  const filters = useQuery(AdminAuditFiltersDocument, { fetchPolicy: 'cache-first' });
  const [who, setWho] = useState('');
  const people = useQuery(AdminUsersDocument, { variables: { filter: { text: who || undefined }, first: 20 }, fetchPolicy: 'cache-first' });
  const [done, setDone] = useState(false);
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    setDone(false);
    setParams(next, { replace: true });
  };
  const entityName = (e: string) => (i18n.exists(`admin.audit.entities.${e}`) ? t(`admin.audit.entities.${e}`) : e);
  const actionName = (a: string) => (i18n.exists(`admin.audit.actionNames.${a}`) ? t(`admin.audit.actionNames.${a}`) : a);
  const rows = data?.auditLogs ?? [];

  const columns: ColumnsType<Entry> = [
    { title: t('admin.audit.when'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('admin.audit.who'), key: 'who', width: 150, ellipsis: true, render: (_, e) => e.actor?.name ?? e.actor?.email ?? <Typography.Text type="secondary">{t('admin.audit.system')}</Typography.Text> },
    { title: t('admin.audit.action'), dataIndex: 'action', width: 140, render: (a: string) => <span data-testid="audit-action">{actionName(a)}</span> },
    { title: t('admin.audit.entity'), key: 'entity', width: 160, render: (_, e) => <span><Tag>{entityName(e.entity)}</Tag><Typography.Text type="secondary">#{e.entityId}</Typography.Text></span> },
    { title: t('admin.audit.changes'), key: 'changes', render: (_, e) => <Changes changes={e.changes} value={value} /> },
  ];

  return (
    <div data-testid="admin-audit">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear showSearch={{ filterOption: false, onSearch: setWho }} placeholder={t('admin.audit.whoPlaceholder')} style={{ width: 220 }}
          value={filter.actorId ? String(filter.actorId) : undefined} onChange={(v?: string) => set({ actor: v })} loading={people.loading} data-testid="audit-who"
          options={(people.data?.users.edges ?? []).map(({ node: u }) => ({ value: u.id, label: `${u.name ?? ''} ${u.email}`.trim() }))} />
        <Select allowClear placeholder={t('admin.audit.whatPlaceholder')} style={{ width: 180 }} value={filter.entity ?? undefined} onChange={(v?: string) => set({ entity: v })} data-testid="audit-what"
          options={(filters.data?.auditEntities ?? []).map((e) => ({ value: e, label: entityName(e) }))} />
        <DatePicker.RangePicker
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          data-testid="audit-when" />
        <Button onClick={() => { setParams(new URLSearchParams(), { replace: true }); setDone(false); }}>{t('common.reset')}</Button>
      </Space>
      {error && !data ? <AdminError error={error} retry={() => void refetch()} /> : (
        <>
          <Table<Entry> rowKey="id" size="middle" columns={columns} dataSource={rows} loading={loading} pagination={false}
            locale={{ emptyText: <EmptyState text={t('admin.audit.empty')} /> }} data-testid="audit-table" scroll={{ x: 1000 }} />
          {rows.length > 0 && rows.length % PAGE === 0 && !done && (
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              <Button onClick={() => void fetchMore({
                variables: { after: rows.at(-1)!.id },
                updateQuery: (prev, { fetchMoreResult }) => {
                  if (!fetchMoreResult) return prev;
                  if (fetchMoreResult.auditLogs.length < PAGE) setDone(true);
                  return { auditLogs: [...prev.auditLogs, ...fetchMoreResult.auditLogs] };
                },
              })}>{t('admin.loadMore')}</Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

const SHOWN = 5;

/** A change's fields, old struck through → new; a creation's many fields fold after the first few. */
function Changes({ changes, value }: { changes: Entry['changes']; value: (field: string, v: unknown) => string }) {
  const { t, i18n } = useTranslation();
  const colon = i18n.language === 'en' ? ': ' : '：';
  const [open, setOpen] = useState(false);
  const shown = open ? changes : changes.slice(0, SHOWN);
  return (
    <div style={{ fontSize: 13, lineHeight: '20px' }}>
      {shown.map((c) => (
        <div key={c.field} style={{ wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{c.field}</Typography.Text>{colon}
          {c.old === null ? <Typography.Text type="secondary">{t('admin.audit.created')} </Typography.Text> : <><Typography.Text delete type="secondary">{value(c.field, c.old)}</Typography.Text>{' → '}</>}
          <Typography.Text>{value(c.field, c.new)}</Typography.Text>
        </div>
      ))}
      {changes.length > SHOWN && (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(!open)}>
          {open ? t('admin.audit.fewer') : t('admin.audit.more', { count: changes.length - SHOWN })}
        </Button>
      )}
    </div>
  );
}
