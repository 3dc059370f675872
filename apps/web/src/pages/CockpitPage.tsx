import { useQuery } from '@apollo/client/react';
import { Col, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/States';
import { CockpitDocument } from '../gql/graphql';
import { formatDate, todayShanghai } from '../lib/format';
import { useReference } from '../lib/reference';
import { DeliveriesCard } from './cockpit/DeliveriesCard';
import { FunnelCard } from './cockpit/FunnelCard';
import { ChainInvestmentCard, MonthInvestmentCard, SigningsCard } from './cockpit/InvestmentCharts';
import { KpiDrillDrawer } from './cockpit/KpiDrillDrawer';
import { KpiTiles, type Kpi } from './cockpit/KpiTiles';

/**
 * 驾驶舱: the plan KPIs against their 2025 targets, the pipeline funnel, expected investment by chain and month, and
 * this year's signings and landings — for the whole park or one sub-park (a group or an officer picks only among
 * its own; the API refuses the rest). Administrators enter construction deliveries at the bottom.
 */
export default function CockpitPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const [params, setParams] = useSearchParams();
  const seesAll = ref.me.role === 'ADMIN' || ref.me.role === 'MANAGER';
  const mine = seesAll ? ref.subParks : ref.subParks.filter((p) => ref.me.subParkIds.includes(p.id));
  const asked = params.get('subPark');
  const subParkId = asked && mine.some((p) => p.id === asked) ? asked : null;
  const thisYear = Number(todayShanghai().slice(0, 4));
  const askedYear = Number(params.get('year'));
  const year = askedYear >= thisYear - 4 && askedYear <= thisYear ? askedYear : thisYear;
  const [drill, setDrill] = useState<Kpi | null>(null);
  const { data, error, loading, refetch } = useQuery(CockpitDocument, { variables: { subParkId, year }, fetchPolicy: 'cache-and-network' });

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const asOf = data?.kpis[0]?.asOf;
  const note = !seesAll && !subParkId ? t('cockpit.pipelineNote') : undefined;

  return (
    <div data-testid="cockpit-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('cockpit.title')}</Typography.Title>
        <div style={{ flex: 1 }} />
        <Space wrap>
          <span>{t('cockpit.scope')}</span>
          <Select data-testid="cockpit-subpark" style={{ width: 220 }} value={subParkId ?? ''} onChange={(v) => set('subPark', v || null)}
            options={[{ value: '', label: t('cockpit.wholePark') }, ...mine.map((p) => ({ value: p.id, label: p.name }))]} />
          <span>{t('cockpit.year')}</span>
          <Select data-testid="cockpit-year" style={{ width: 100 }} value={year} onChange={(v) => set('year', v === thisYear ? null : String(v))}
            options={Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />
          {asOf && <Typography.Text type="secondary" data-testid="cockpit-asof">{t('cockpit.asOf', { date: formatDate(asOf) })}</Typography.Text>}
        </Space>
      </div>
      {error && !data ? <ErrorState error={error} retry={() => void refetch()} /> : !data ? <Loading rows={14} /> : (
        <div style={{ opacity: loading ? 0.6 : 1, transition: 'opacity .2s' }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>{t('cockpit.kpiSection')}</Typography.Title>
          <KpiTiles kpis={data.kpis} onOpen={setDrill} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={16}><FunnelCard funnel={data.pipelineFunnel} note={note} /></Col>
            <Col xs={24} xl={8}><SigningsCard investment={data.pipelineInvestment} /></Col>
            <Col xs={24} xl={12}><ChainInvestmentCard investment={data.pipelineInvestment} /></Col>
            <Col xs={24} xl={12}><MonthInvestmentCard investment={data.pipelineInvestment} /></Col>
            {ref.me.role === 'ADMIN' && <Col span={24}><DeliveriesCard year={year} /></Col>}
          </Row>
        </div>
      )}
      <KpiDrillDrawer kpi={drill} subParkId={subParkId} onClose={() => setDrill(null)} />
    </div>
  );
}
