import { useApolloClient } from '@apollo/client/react';
import { Button, Drawer, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/States';
import { KpiEnterprisesDocument, type KpiEnterprisesQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { kpiName, num, unitWord } from './format';
import type { Kpi } from './KpiTiles';

type Edge = KpiEnterprisesQuery['kpiEnterprises']['edges'][number];
const PAGE = 20;

/** The firms behind a computed KPI, biggest contribution first, a page at a time ("加载更多" follows the keyset). */
export function KpiDrillDrawer({ kpi, subParkId, onClose }: { kpi: Kpi | null; subParkId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [edges, setEdges] = useState<Edge[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (after: string | null) => {
    if (!kpi) return;
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: KpiEnterprisesDocument,
        variables: { code: kpi.code, subParkId, asOf: kpi.asOf, first: PAGE, after },
        fetchPolicy: 'network-only',
      });
      const page = data!.kpiEnterprises;
      setEdges((prev) => (after ? [...prev, ...page.edges] : page.edges));
      setTotal(page.totalCount);
      setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [client, kpi, subParkId]);

  useEffect(() => {
    setEdges([]);
    setNext(null);
    setTotal(0);
    if (kpi) void load(null);
  }, [kpi, load]);

  const name = kpi ? kpiName(t, kpi.code, kpi.name) : '';
  const showValue = kpi && !['HIGHTECH_VALID', 'LISTED_OR_UNICORN'].includes(kpi.code);
  return (
    <Drawer open={!!kpi} onClose={onClose} size={720} destroyOnHidden title={kpi ? t('cockpit.drill.title', { name, count: total }) : ''}>
      {kpi && (
        <div data-testid="kpi-drill">
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t('cockpit.drill.formula', { formula: kpi.formula })} · {t('cockpit.asOf', { date: kpi.asOf.replace(/-/g, '/') })}</Typography.Paragraph>
          {error ? <ErrorState error={error} retry={() => void load(edges.length ? next : null)} /> : (
            <Table<Edge>
              size="small"
              rowKey={(e) => e.node.enterprise.id}
              loading={loading && edges.length === 0}
              dataSource={edges}
              pagination={false}
              onRow={() => ({ 'data-testid': 'kpi-drill-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'name', title: t('cockpit.drill.enterprise'), render: (_, e) => <Link to={`/enterprises/${e.node.enterprise.id}`} data-testid="kpi-drill-name">{e.node.enterprise.name}</Link> },
                { key: 'uscc', title: t('cockpit.drill.uscc'), width: 190, render: (_, e) => <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{e.node.enterprise.uscc}</span> },
                ...(kpi.code === 'HIGHTECH_VALID' ? [{ key: 'certified', title: t('cockpit.drill.certified'), width: 130, render: (_: unknown, e: Edge) => formatDate(e.node.enterprise.hightechCertifiedOn) }] : []),
                { key: 'subPark', title: t('cockpit.drill.subPark'), width: 170, render: (_, e) => e.node.enterprise.subPark?.name ?? '—' },
                ...(showValue ? [{ key: 'value', title: t('cockpit.withUnit', { label: t('cockpit.drill.value'), unit: unitWord(t, kpi.unit) }), width: 140, align: 'right' as const, render: (_: unknown, e: Edge) => num(e.node.value) }] : []),
              ]}
            />
          )}
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            {next ? (
              <Button onClick={() => void load(next)} loading={loading} data-testid="kpi-drill-more">{t('cockpit.drill.loadMore')}</Button>
            ) : edges.length > 0 ? (
              <Typography.Text type="secondary" data-testid="kpi-drill-end">{t('cockpit.drill.allLoaded', { count: total })}</Typography.Text>
            ) : null}
          </div>
        </div>
      )}
    </Drawer>
  );
}
