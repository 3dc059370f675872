import { Alert, Button, Empty, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

/** The three states every page has besides its content. */
export function Loading({ rows = 6 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} style={{ padding: 24 }} />;
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      style={{ margin: 24 }}
      title={describeError(error, t)}
      action={retry ? <Button size="small" onClick={retry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

export function EmptyState({ text }: { text?: string }) {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text ?? t('common.empty')} />;
}

export function NoAccess({ title, body, extra }: { title: string; body: string; extra?: React.ReactNode }) {
  return <Result status="403" title={title} subTitle={body} extra={extra} data-testid="no-access" />;
}
