import { Card, Table, Typography } from 'antd';
import { FunnelChart } from 'echarts/charts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { echarts } from '../../components/charts/echarts';
import { EmptyState } from '../../components/States';
import type { CockpitQuery } from '../../gql/graphql';
import { num, pct } from './format';

echarts.use([FunnelChart]);

type Funnel = CockpitQuery['pipelineFunnel'];
type Stage = Funnel['stages'][number];
const COLORS = ['#1f5fbf', '#2f6fd0', '#4080dc', '#5891e4', '#73a3ea', '#8fb6f0', '#acc9f5'];

/**
 * The funnel: how many projects ever reached each forward stage (the chart), and beside each the projects in it
 * now and the conversion to the next stage (the table). ON_HOLD and LOST are counted below the table.
 */
export function FunnelCard({ funnel, note }: { funnel: Funnel; note?: string }) {
  const { t } = useTranslation();
  const forward = funnel.stages.filter((s) => s.reached !== null && s.reached !== undefined);
  const side = funnel.stages.filter((s) => s.reached === null || s.reached === undefined);
  const max = forward[0]?.reached ?? 0;
  const option = useMemo(() => ({
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}<br/>${t('cockpit.funnel.reached')}：${num(p.value)}` },
    series: [{
      type: 'funnel', sort: 'none', min: 0, max: Math.max(1, max), minSize: '40%', maxSize: '100%', left: 8, right: 8, top: 8, bottom: 8, gap: 2,
      label: { show: true, position: 'inside', color: '#fff', formatter: (p: { name: string; value: number }) => `${p.name}  ${num(p.value)}` },
      itemStyle: { borderWidth: 0 },
      data: forward.map((s, i) => ({ name: t(`stages.${s.stage}`), value: s.reached, itemStyle: { color: COLORS[i] } })),
    }],
  }), [forward, max, t]);

  return (
    <Card size="small" title={t('cockpit.funnel.title')} extra={<Typography.Text type="secondary">{t('cockpit.funnel.total', { count: funnel.total })}</Typography.Text>} data-testid="funnel-card" style={{ height: '100%' }}>
      {funnel.total === 0 ? <EmptyState text={t('cockpit.funnel.empty')} /> : (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 4fr) minmax(0, 6fr)', gap: 12, alignItems: 'start' }}>
          <EChart option={option} testId="funnel-chart" ariaLabel={t('cockpit.funnel.title')} style={{ height: 300 }} />
          <div>
            <Table<Stage>
              size="small"
              pagination={false}
              rowKey="stage"
              dataSource={forward}
              onRow={(s) => ({ 'data-testid': `funnel-row-${s.stage}` }) as React.HTMLAttributes<HTMLElement>}
              style={{ whiteSpace: 'nowrap' }}
              columns={[
                { key: 'stage', title: t('cockpit.funnel.stage'), render: (_, s) => t(`stages.${s.stage}`) },
                { key: 'reached', title: t('cockpit.funnel.reached'), align: 'right', render: (_, s) => num(s.reached) },
                { key: 'current', title: t('cockpit.funnel.current'), align: 'right', render: (_, s) => num(s.current) },
                { key: 'conversion', title: t('cockpit.funnel.conversion'), align: 'right', render: (_, s) => <span data-testid={`conversion-${s.stage}`}>{s.conversion == null ? '—' : pct(s.conversion)}</span> },
              ]}
            />
            <div style={{ fontSize: 12, color: '#595959', marginTop: 8 }}>
              {side.map((s) => <span key={s.stage} style={{ marginInlineEnd: 16 }}>{t('cockpit.labelValue', { label: s.stage === 'ON_HOLD' ? t('cockpit.funnel.onHold') : t('cockpit.funnel.lost'), value: num(s.current) })}</span>)}
            </div>
          </div>
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('cockpit.funnel.definition')}{note ? ` · ${note}` : ''}
      </Typography.Paragraph>
    </Card>
  );
}
