import { Card, Col, Progress, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CockpitQuery } from '../../gql/graphql';
import { kpiName, num, pct, unitWord } from './format';

export type Kpi = CockpitQuery['kpis'][number];

/**
 * One tile per plan KPI: the figure against its 2025 target, a bar of the share reached with a mark at the share
 * of the year elapsed (ahead in green, behind in orange), and for computed KPIs a click through to the firms.
 */
export function KpiTiles({ kpis, onOpen }: { kpis: Kpi[]; onOpen: (k: Kpi) => void }) {
  return (
    <Row gutter={[16, 16]} data-testid="kpi-tiles">
      {kpis.map((k) => (
        <Col key={k.code} xs={24} md={12} xl={8}>
          <KpiTile kpi={k} onOpen={onOpen} />
        </Col>
      ))}
    </Row>
  );
}

function KpiTile({ kpi: k, onOpen }: { kpi: Kpi; onOpen: (k: Kpi) => void }) {
  const { t } = useTranslation();
  const unit = unitWord(t, k.unit);
  const share = k.progress == null ? null : Math.min(1, k.progress);
  const ahead = k.progress != null && k.progress >= k.yearElapsed;
  const open = () => k.computed && onOpen(k);
  return (
    <Card
      size="small"
      hoverable={k.computed}
      onClick={open}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && open()}
      tabIndex={k.computed ? 0 : undefined}
      role={k.computed ? 'button' : undefined}
      data-testid={`kpi-tile-${k.code}`}
      style={{ height: '100%', cursor: k.computed ? 'pointer' : 'default' }}
      styles={{ body: { padding: '14px 16px' } }}
    >
      <Tooltip title={k.formula}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis>{kpiName(t, k.code, k.name)}</Typography.Text>
      </Tooltip>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, margin: '6px 0 2px', flexWrap: 'wrap' }}>
        <span style={{ fontSize: 26, fontWeight: 600, color: '#1f5fbf', lineHeight: 1.2 }} data-testid={`kpi-actual-${k.code}`}>
          {k.actual == null ? t('cockpit.noFigure') : num(k.actual)}
        </span>
        <span style={{ color: '#595959' }}>
          {k.actual == null ? '' : unit} <span style={{ color: '#8c8c8c' }}>/ {t('cockpit.target')} {num(k.target)} {unit}</span>
        </span>
      </div>
      <div style={{ position: 'relative', marginTop: 4 }} aria-label={t('cockpit.yearElapsed', { pct: pct(k.yearElapsed) })}>
        <Progress percent={share == null ? 0 : Math.round(share * 1000) / 10} showInfo={false} strokeColor={ahead ? '#389e0d' : '#d46b08'} size="small" />
        <Tooltip title={t('cockpit.yearElapsed', { pct: pct(k.yearElapsed) })}>
          <span style={{ position: 'absolute', top: 0, bottom: 0, left: `${k.yearElapsed * 100}%`, width: 2, background: '#262626', opacity: 0.55 }} data-testid={`kpi-elapsed-${k.code}`} />
        </Tooltip>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: '#8c8c8c', gap: 8 }}>
        <span style={{ color: k.progress == null ? '#8c8c8c' : ahead ? '#389e0d' : '#d46b08' }}>
          {k.progress == null ? t('cockpit.noFigureHint') : `${t('cockpit.progress', { pct: pct(k.progress) })} · ${ahead ? t('cockpit.ahead') : t('cockpit.behind')}`}
        </span>
        <span>{t('cockpit.yearElapsed', { pct: pct(k.yearElapsed) })}</span>
      </div>
      <div style={{ fontSize: 12, color: '#bfbfbf', marginTop: 2 }}>{k.computed ? t('cockpit.drillHint') : t('cockpit.enteredHint')}</div>
    </Card>
  );
}
