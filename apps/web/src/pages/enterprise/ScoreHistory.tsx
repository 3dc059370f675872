import { LineChart } from 'echarts/charts';
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { echarts } from '../../components/charts/echarts';
import { EmptyState } from '../../components/States';
import { formatDateTime } from '../../lib/format';

echarts.use([LineChart]);

/** The total over time, oldest to newest (the API gives newest first). */
export function ScoreHistory({ history }: { history: { total: number; computedAt: string; modelVersion: number }[] }) {
  const { t } = useTranslation();
  const points = useMemo(() => [...history].reverse(), [history]);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => formatDateTime(p.computedAt)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ type: 'line', name: t('profile.score'), data: points.map((p) => p.total), smooth: false, showSymbol: true, areaStyle: { opacity: 0.08 } }],
  }), [points, t]);
  return (
    <Card title={t('profile.historyTitle')} size="small">
      {points.length === 0 ? <EmptyState text={t('profile.noHistory')} /> : <EChart option={option} testId="score-history" style={{ height: 200 }} ariaLabel={t('profile.historyTitle')} />}
    </Card>
  );
}
