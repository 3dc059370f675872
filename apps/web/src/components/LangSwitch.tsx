import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLang } from '../i18n';

/** One click between 中文 and English; the choice is remembered (localStorage). */
export function LangSwitch() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  return (
    <Button type="text" icon={<GlobalOutlined />} title={t('nav.languageTitle')} data-testid="lang-switch" onClick={() => setLang(zh ? 'en' : 'zh-CN')}>
      {t('nav.language')}
    </Button>
  );
}
