import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Descriptions, Drawer, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateEnterpriseDocument, type EnterpriseProfileQuery } from '../../gql/graphql';
import { describeError, fieldDetail, problemOf } from '../../lib/errors';
import { formatDate, formatDateTime, formatWan } from '../../lib/format';

type E = NonNullable<EnterpriseProfileQuery['enterprise']>;

/** The registry's own Chinese wording of a refused value (its validation sends `messageZh` beside the English message). */
function messageZh(err: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(err)) return undefined;
  const m = (err.errors[0]?.extensions as { messageZh?: unknown } | undefined)?.messageZh;
  return typeof m === 'string' ? m : undefined;
}
const MONEY = ['registeredCapital', 'revenue', 'revenuePrevYear', 'output', 'rdExpense', 'financingAmount'] as const;
const COUNTS = ['employees', 'techStaff', 'inventionPatents', 'highValuePatents'] as const;
const DATES = ['foundedOn', 'hightechCertifiedOn', 'financingDate'] as const;
const ENUMS = { listingStatus: ['NONE', 'STAR_RESERVE', 'LISTED', 'UNICORN'], srdiLevel: ['NONE', 'SRDI', 'LITTLE_GIANT'], riskStatus: ['NORMAL', 'ABNORMAL', 'DISHONEST', 'DEREGISTERED', 'REVOKED'] } as const;
const EDITABLE = ['region', ...MONEY, ...COUNTS, ...DATES, 'financingRound', 'listingStatus', 'srdiLevel', 'riskStatus'] as const;

/** The facts the profile stands on, with the year they are as of; edited in place with the API's validation on each field. */
export function FactsCard({ e, canEdit, onSaved }: { e: E; canEdit: boolean; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const asOf = e.profile?.asOf ?? null;
  const f = (k: string) => t(`profile.fact.${k}`);
  return (
    <Card title={t('profile.factsTitle')} size="small" data-testid="facts"
      extra={canEdit && <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="edit-enterprise">{t('profile.edit')}</Button>}>
      {asOf && <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }} data-testid="facts-as-of">{t('profile.factsAsOf', { year: asOf.slice(0, 4), date: formatDate(asOf) })}</Typography.Text>}
      <Descriptions column={2} size="small" items={[
        { key: 'revenue', label: f('revenue'), children: <span data-testid="fact-revenue">{formatWan(e.revenue)}</span> },
        { key: 'revenuePrevYear', label: f('revenuePrevYear'), children: formatWan(e.revenuePrevYear) },
        { key: 'rdExpense', label: f('rdExpense'), children: <span data-testid="fact-rdExpense">{formatWan(e.rdExpense)}</span> },
        { key: 'output', label: f('output'), children: formatWan(e.output) },
        { key: 'employees', label: f('employees'), children: e.employees ?? '—' },
        { key: 'techStaff', label: f('techStaff'), children: e.techStaff ?? '—' },
        { key: 'inventionPatents', label: f('inventionPatents'), children: e.inventionPatents ?? '—' },
        { key: 'highValuePatents', label: f('highValuePatents'), children: e.highValuePatents ?? '—' },
        { key: 'registeredCapital', label: f('registeredCapital'), children: formatWan(e.registeredCapital) },
        { key: 'foundedOn', label: f('foundedOn'), children: formatDate(e.foundedOn) },
        { key: 'hightechCertifiedOn', label: f('hightechCertifiedOn'), children: formatDate(e.hightechCertifiedOn) },
        { key: 'srdiLevel', label: f('srdiLevel'), children: t(`srdi.${e.srdiLevel}`) },
        { key: 'listingStatus', label: f('listingStatus'), children: t(`listing.${e.listingStatus}`) },
        { key: 'financing', label: f('financingRound'), children: e.financingRound ? `${e.financingRound} · ${formatWan(e.financingAmount)} ${t('common.wan')} · ${formatDate(e.financingDate)}` : '—' },
        { key: 'riskStatus', label: f('riskStatus'), children: <Tag color={e.riskStatus === 'NORMAL' ? 'default' : 'red'}>{t(`profile.riskStatus.${e.riskStatus}`)}</Tag> },
        { key: 'region', label: f('region'), children: e.region ?? '—' },
        { key: 'signals', label: f('expansionSignals'), span: 2, children: e.expansionSignals.length ? e.expansionSignals.map((s) => <Tag key={s}>{s}</Tag>) : '—' },
        { key: 'updatedAt', label: f('updatedAt'), span: 2, children: formatDateTime(e.updatedAt) },
      ]} />
      {open && <EditFacts e={e} onClose={() => setOpen(false)} onSaved={async () => { await onSaved(); setOpen(false); }} onStale={onSaved} />}
    </Card>
  );
}

function EditFacts({ e, onClose, onSaved, onStale }: { e: E; onClose: () => void; onSaved: () => Promise<void>; onStale: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [conflict, setConflict] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateEnterpriseDocument);
  const initial = Object.fromEntries(EDITABLE.map((k) => [k, (e as Record<string, unknown>)[k] ?? undefined]));
  const save = async (v: Record<string, unknown>) => {
    const input: Record<string, unknown> = { uscc: e.uscc, name: e.name, status: e.status, version: e.version };
    for (const k of EDITABLE) {
      const value = v[k];
      input[k] = value === undefined || value === '' ? null : typeof value === 'string' ? value.trim() : value;
    }
    for (const k of Object.keys(ENUMS)) if (input[k] === null) delete input[k];
    try {
      await update({ variables: { id: e.id, input: input as never } });
      setConflict(null);
      message.success(t('profile.saved'));
      await onSaved();
    } catch (err) {
      const p = problemOf(err);
      const field = p.field?.split('.').pop();
      if (p.code === 'CONFLICT') {
        const fresh = (await onStale()) as { data?: EnterpriseProfileQuery } | undefined;
        const latest = fresh?.data?.enterprise;
        // The latest facts into every field the officer did not touch; their own edits stay for them to check.
        if (latest) form.setFieldsValue(Object.fromEntries(EDITABLE.filter((k) => !form.isFieldTouched(k)).map((k) => [k, (latest as Record<string, unknown>)[k] ?? undefined])));
        const v = latest?.version ?? /version (\d+)/.exec(p.message)?.[1] ?? '?';
        setConflict(t('profile.conflict', { v }));
      } else if (p.code === 'BAD_USER_INPUT' && field && (EDITABLE as readonly string[]).includes(field)) {
        const zh = i18n.language === 'en' ? undefined : messageZh(err);
        form.setFields([{ name: field, errors: [zh ?? fieldDetail(p, i18n.language)] }]);
        form.scrollToField(field);
      } else message.error(describeError(err, t));
    }
  };
  const f = (k: string) => t(`profile.fact.${k}`);
  return (
    <Drawer open onClose={onClose} title={t('profile.editTitle')} size={560} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" icon={<CheckOutlined />} loading={loading} onClick={() => form.submit()} data-testid="save-enterprise">{t('common.save')}</Button></Space>}>
      {conflict && <Alert type="warning" showIcon message={conflict} style={{ marginBottom: 12 }} data-testid="enterprise-conflict" />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="enterprise-form">
        <Row gutter={12}>
          {MONEY.map((k) => <Col span={12} key={k}><Form.Item name={k} label={f(k)}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>)}
          {COUNTS.map((k) => <Col span={12} key={k}><Form.Item name={k} label={f(k)}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>)}
          {DATES.map((k) => (
            <Col span={12} key={k}>
              <Form.Item name={k} label={f(k)} rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
            </Col>
          ))}
          <Col span={12}><Form.Item name="financingRound" label={f('financingRound')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="region" label={f('region')}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="listingStatus" label={f('listingStatus')}><Select options={ENUMS.listingStatus.map((x) => ({ value: x, label: t(`listing.${x}`) }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="srdiLevel" label={f('srdiLevel')}><Select options={ENUMS.srdiLevel.map((x) => ({ value: x, label: x === 'NONE' ? '无' : t(`srdi.${x}`) }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="riskStatus" label={f('riskStatus')}><Select options={ENUMS.riskStatus.map((x) => ({ value: x, label: t(`profile.riskStatus.${x}`) }))} /></Form.Item></Col>
        </Row>
      </Form>
    </Drawer>
  );
}
