import { RadarChart } from 'echarts/charts';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { echarts } from '../../components/charts/echarts';
import type { EnterpriseProfileQuery } from '../../gql/graphql';
import { useReference } from '../../lib/reference';

echarts.use([RadarChart]);

type Profile = NonNullable<NonNullable<EnterpriseProfileQuery['enterprise']>['profile']>;
export const DIMS = ['scale', 'growth', 'innovation', 'chainFit', 'landing'] as const;
const COLORS = { firm: '#1677ff', median: ['#52c41a', '#13c2c2', '#722ed1'], threshold: '#fa8c16' };

/** The firm, the in-park median of each of its chains, and the model's threshold, on the five dimensions; then why, as a table. */
export function ProfileRadar({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const chainName = (code: string) => { const c = ref.industryChains.find((x) => x.code === code); return c ? (i18n.language === 'en' ? c.nameEn : c.name) : code; };
  const score = (k: string) => profile.dimensions.find((d) => d.key === k)?.score ?? 0;
  const medians = profile.chainMedians.filter((m) => m.scores);

  const option = useMemo(() => ({
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    radar: {
      indicator: DIMS.map((k) => ({ name: t(`profile.dims.${k}`), max: 100 })),
      radius: '62%',
      center: ['50%', '46%'],
      axisName: { color: '#595959' },
    },
    series: [{
      type: 'radar',
      data: [
        { name: t('profile.series.firm'), value: DIMS.map(score), areaStyle: { opacity: 0.25 }, lineStyle: { width: 2 }, itemStyle: { color: COLORS.firm } },
        ...medians.map((m, i) => ({
          name: t('profile.series.median', { chain: chainName(m.chain), n: m.firms }),
          value: DIMS.map((k) => m.scores![k]), lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS.median[i % 3] },
        })),
        { name: t('profile.series.threshold'), value: DIMS.map((k) => profile.thresholds[k]), symbol: 'none', lineStyle: { type: 'dotted', width: 2 }, itemStyle: { color: COLORS.threshold } },
      ],
    }],
  }), [profile, t]);

  const rows = DIMS.map((k) => {
    const d = profile.dimensions.find((x) => x.key === k);
    return { key: k, score: d?.score ?? 0, weight: d?.weight ?? 0, reasons: d?.reasons ?? [], threshold: profile.thresholds[k], median: medians[0]?.scores?.[k] ?? null };
  });
  return (
    <Card title={t('profile.radarTitle')} data-testid="profile-dimensions">
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 360px', minWidth: 320 }}>
          <EChart option={option} testId="profile-radar" style={{ height: 340 }} ariaLabel={t('profile.radarTitle')} />
          {profile.chainMedians.filter((m) => !m.scores).map((m) => (
            <Typography.Text key={m.chain} type="secondary" style={{ display: 'block', textAlign: 'center' }}>{t('profile.noMedian', { chain: chainName(m.chain) })}</Typography.Text>
          ))}
        </div>
        <div style={{ flex: '2 1 480px', minWidth: 0 }}>
          <Table
            data-testid="reasons-table"
            size="small"
            pagination={false}
            dataSource={rows}
            rowKey="key"
            onRow={(r) => ({ 'data-testid': `reason-row-${r.key}` } as React.HTMLAttributes<HTMLElement>)}
            columns={[
              { title: t('profile.col.dimension'), dataIndex: 'key', width: 96, render: (k: string) => <strong>{t(`profile.dims.${k}`)}</strong> },
              { title: t('profile.col.score'), dataIndex: 'score', width: 64, align: 'right', render: (v: number, r) => <Tag color={v >= r.threshold ? 'green' : 'orange'} data-testid="dim-score" style={{ marginInlineEnd: 0 }}>{v.toFixed(1)}</Tag> },
              { title: t('profile.col.threshold'), dataIndex: 'threshold', width: 56, align: 'right' },
              { title: t('profile.col.median'), dataIndex: 'median', width: 64, align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(1)) },
              { title: t('profile.col.weight'), dataIndex: 'weight', width: 52, align: 'right' },
              {
                title: t('profile.col.reasons'), dataIndex: 'reasons',
                render: (rs: Profile['dimensions'][number]['reasons']) => rs.length === 0 ? '—' : (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>{rs.map((r, i) => <li key={i} style={{ fontSize: 12 }}>{r.text}</li>)}</ul>
                ),
              },
            ]}
            locale={{ emptyText: <Empty /> }}
          />
        </div>
      </div>
    </Card>
  );
}
