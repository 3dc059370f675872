import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Descriptions, Radio, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../components/States';
import { DigestSettingsDocument, SetDigestMailDocument } from '../gql/graphql';
import { setLang } from '../i18n';
import { describeError } from '../lib/errors';
import { useReference } from '../lib/reference';

/** 个人设置: the weekly digest mail (opt out; the archive is kept either way) and the interface language. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(DigestSettingsDocument, { fetchPolicy: 'network-only' });
  const [setMail, { loading }] = useMutation(SetDigestMailDocument, {
    update: (cache, { data: d }) => d && cache.writeQuery({ query: DigestSettingsDocument, data: { digestSettings: d.setDigestMail } }),
  });
  const change = async (mail: boolean) => {
    try {
      await setMail({ variables: { mail } });
      message.success(t('digests.settings.saved', { state: mail ? t('digests.settings.savedOn') : t('digests.settings.savedOff') }));
    } catch (e) {
      message.error(describeError(e, t));
    }
  };
  return (
    <div data-testid="settings-page" style={{ maxWidth: 760 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('digests.settings.title')}</Typography.Title>
      <Card size="small" title={t('digests.settings.digest')} style={{ marginBottom: 16 }} id="digest">
        {error && !data ? <ErrorState error={error} retry={() => void refetch()} /> : !data ? <Loading rows={2} /> : (
          <>
            <Space align="center" size={12}>
              <Switch checked={data.digestSettings.mail} loading={loading} onChange={(v) => void change(v)} data-testid="digest-mail-switch"
                checkedChildren={t('digests.settings.digestOn')} unCheckedChildren={t('digests.settings.digestOff')} aria-label={t('digests.settings.digestMail')} />
              <span>{t('digests.settings.digestMail')}</span>
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{t('digests.settings.digestHelp')}</Typography.Paragraph>
          </>
        )}
      </Card>
      <Card size="small" title={t('digests.settings.language')} style={{ marginBottom: 16 }}>
        <Radio.Group value={i18n.language === 'en' ? 'en' : 'zh-CN'} onChange={(e) => setLang(e.target.value)} data-testid="language-choice"
          options={[{ value: 'zh-CN', label: '简体中文' }, { value: 'en', label: 'English' }]} optionType="button" />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{t('digests.settings.languageHelp')}</Typography.Paragraph>
      </Card>
      <Card size="small" title={t('digests.settings.account')}>
        <Descriptions size="small" column={1} items={[
          { key: 'email', label: t('digests.settings.email'), children: ref.me.email },
          { key: 'role', label: t('digests.settings.role'), children: t(`roles.${ref.me.role}`) },
        ]} />
      </Card>
    </div>
  );
}
