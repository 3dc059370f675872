import { CheckCircleFilled, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfileQuery } from '../../gql/graphql';

type Check = NonNullable<NonNullable<EnterpriseProfileQuery['enterprise']>['profile']>['badgeChecks'][number];

/** Each badge with the rule it rests on; for one the firm lacks, the criteria it misses, in numbers. */
export function BadgeChecks({ checks }: { checks: Check[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.badgesTitle')} size="small" data-testid="badge-checks">
      <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
        {checks.map((c) => (
          <div key={c.badge} data-testid={`badge-check-${c.badge}`} data-held={c.held ? '1' : '0'} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              {c.held ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : c.note ? <MinusCircleOutlined style={{ color: '#8c8c8c' }} /> : <CloseCircleOutlined style={{ color: '#fa541c' }} />}
              <strong>{t(`profile.badge.${c.badge}`, { defaultValue: c.badge })}</strong>
              <Typography.Text type={c.held ? 'success' : 'secondary'} style={{ marginInlineStart: 'auto', fontSize: 12 }}>{c.held ? t('profile.held') : t('profile.lacking')}</Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 2 }}>{t('profile.rule')}：{c.rule}</Typography.Text>
            {c.note && <Typography.Text style={{ fontSize: 12, display: 'block' }}>{c.note}</Typography.Text>}
            {c.unmet.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="badge-unmet">
                {c.unmet.map((r, i) => <li key={i} style={{ color: '#d4380d', fontSize: 12 }}><span>{t('profile.missing')}：</span>{r.text}</li>)}
              </ul>
            )}
            <Collapse ghost size="small" items={[{
              key: 'all', label: <span style={{ fontSize: 12 }}>{t('profile.allCriteria')}</span>,
              children: <ul style={{ margin: 0, paddingInlineStart: 18 }}>{c.criteria.map((r, i) => <li key={i} style={{ fontSize: 12 }}>{r.text}</li>)}</ul>,
            }]} />
          </div>
        ))}
      </div>
    </Card>
  );
}
