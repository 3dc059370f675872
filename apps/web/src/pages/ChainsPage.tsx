import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/States';

/** Placeholder: the page of issue 14 grows here. */
export default function ChainsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('chains.title')}</Typography.Title>
      <EmptyState />
    </>
  );
}
