import { Card, Col, Row, Statistic, Typography } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { echarts } from '../../components/charts/echarts';
import { EmptyState } from '../../components/States';
import type { CockpitQuery } from '../../gql/graphql';
import { useReference } from '../../lib/reference';
import { num } from './format';

echarts.use([BarChart, LineChart]);

type Investment = CockpitQuery['pipelineInvestment'];
const axisValue = (v: number) => num(v);

/** Expected investment (万元) by chain — signed or later, and still in negotiation — of the projects not lost. */
export function ChainInvestmentCard({ investment }: { investment: Investment }) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const en = i18n.language === 'en';
  const rows = investment.byChain.filter((c) => c.expectedInvestment > 0 || c.count > 0);
  const chainName = (code: string | null | undefined) => {
    if (!code) return t('cockpit.investment.noChain');
    const c = ref.industryChains.find((x) => x.code === code);
    return c ? (en ? c.nameEn : c.name) : code;
  };
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${num(v)} ${t('common.wan')}` },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((c) => chainName(c.chain)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: axisValue } },
    series: [
      { name: t('cockpit.investment.signed'), type: 'bar', stack: 'inv', barMaxWidth: 48, itemStyle: { color: '#389e0d' }, data: rows.map((c) => c.signedInvestment) },
      { name: t('cockpit.investment.open'), type: 'bar', stack: 'inv', barMaxWidth: 48, itemStyle: { color: '#1f5fbf' }, data: rows.map((c) => Math.max(0, c.expectedInvestment - c.signedInvestment)) },
    ],
  }), [rows, t, en]);
  return (
    <Card size="small" title={t('cockpit.investment.byChain')} data-testid="chain-investment" style={{ height: '100%' }}>
      {rows.length === 0 ? <EmptyState text={t('cockpit.investment.empty')} /> : <EChart option={option} testId="chain-investment-chart" ariaLabel={t('cockpit.investment.byChain')} style={{ height: 300 }} />}
    </Card>
  );
}

/** Expected investment (万元) of the projects created in each month (bars) and of those signed in it (line). */
export function MonthInvestmentCard({ investment }: { investment: Investment }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const any = investment.byMonth.some((m) => m.addedCount > 0 || m.signedCount > 0);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${num(v)} ${t('common.wan')}` },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: investment.byMonth.map((m) => (en ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m.month - 1] : `${m.month}月`)) },
    yAxis: { type: 'value', axisLabel: { formatter: axisValue } },
    series: [
      { name: t('cockpit.investment.added'), type: 'bar', barMaxWidth: 28, itemStyle: { color: '#1f5fbf' }, data: investment.byMonth.map((m) => m.added) },
      { name: t('cockpit.investment.signedLine'), type: 'line', smooth: false, symbolSize: 7, itemStyle: { color: '#389e0d' }, data: investment.byMonth.map((m) => m.signed) },
    ],
  }), [investment, t, en]);
  return (
    <Card size="small" title={t('cockpit.investment.byMonth', { year: investment.year })} data-testid="month-investment" style={{ height: '100%' }}>
      {!any ? <EmptyState text={t('cockpit.investment.empty')} /> : <EChart option={option} testId="month-investment-chart" ariaLabel={t('cockpit.investment.byMonth', { year: investment.year })} style={{ height: 300 }} />}
    </Card>
  );
}

/** This year's signings (SIGNED) and landings (REGISTERED / PRODUCING), each project once. */
export function SigningsCard({ investment }: { investment: Investment }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('cockpit.signings.title', { year: investment.year })} data-testid="signings" style={{ height: '100%' }}>
      <Row gutter={16}>
        <Col span={12}>
          <Statistic title={t('cockpit.signings.signed')} value={investment.signed} suffix={t('cockpit.signings.unit')} styles={{ content: { color: '#1f5fbf' } }} data-testid="signed-count" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('cockpit.signings.investment', { wan: num(investment.signedInvestment) })}</Typography.Text>
        </Col>
        <Col span={12}>
          <Statistic title={t('cockpit.signings.landed')} value={investment.landed} suffix={t('cockpit.signings.unit')} styles={{ content: { color: '#389e0d' } }} data-testid="landed-count" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('cockpit.signings.investment', { wan: num(investment.landedInvestment) })}</Typography.Text>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>{t('cockpit.signings.hint')}</Typography.Paragraph>
    </Card>
  );
}
