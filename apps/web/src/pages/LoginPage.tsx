import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LangSwitch } from '../components/LangSwitch';
import { LoginDocument } from '../gql/graphql';
import { client } from '../lib/apollo';
import { describeError } from '../lib/errors';
import { startSession, useSession } from '../lib/session';

/** Only same-origin paths: `next` comes from the address bar. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [login, { loading }] = useMutation(LoginDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  if (session) return <Navigate to={next} replace />;

  const submit = async (v: { email: string; password: string }) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: v });
      if (!data) return;
      await client.clearStore();
      startSession({ token: data.login.accessToken, expiresAt: data.login.expiresAt, user: data.login.user });
      navigate(next, { replace: true });
    } catch (e) {
      setProblem(describeError(e, t));
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', background: 'linear-gradient(135deg, #0b2a5b 0%, #1f5fbf 60%, #3c8ce7 100%)' }}>
      <div style={{ flex: 1, color: '#fff', padding: '72px 80px', display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
        <div style={{ fontSize: 14, opacity: 0.8, letterSpacing: 2 }}>{t('app.park')}</div>
        <div style={{ fontSize: 44, fontWeight: 700, margin: '12px 0' }}>{t('app.name')} · {t('app.subtitle')}</div>
        <div style={{ fontSize: 22, opacity: 0.9 }}>{t('login.slogan')}</div>
        <div style={{ fontSize: 15, opacity: 0.75, marginTop: 16, maxWidth: 520 }}>{t('login.intro')}</div>
      </div>
      <div style={{ width: 480, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 32 }}>
        <Card style={{ width: '100%', boxShadow: '0 12px 40px rgba(0,0,0,.18)' }} extra={<LangSwitch />} title={<Typography.Title level={3} style={{ margin: '8px 0' }}>{t('login.title')}</Typography.Title>}>
          {params.get('expired') && !problem && <Alert type="warning" showIcon title={t('errors.sessionExpired')} style={{ marginBottom: 16 }} />}
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form layout="vertical" size="large" onFinish={submit} requiredMark={false}>
            <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.emailRequired') }]}>
              <Input prefix={<MailOutlined />} autoComplete="username" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </div>
    </div>
  );
}
