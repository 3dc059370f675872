import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { CockpitDocument, KpiDeliveriesDocument, RecordKpiDeliveryDocument, type KpiDeliveriesQuery } from '../../gql/graphql';
import { describeError, fieldDetail, problemOf } from '../../lib/errors';
import { formatDate, formatDateTime, todayShanghai } from '../../lib/format';
import { useReference } from '../../lib/reference';
import { kpiName, num, unitWord } from './format';

const CODES = [
  { code: 'NEW_FACTORY_M2', name: '新增标准化厂房', unit: 'm²' },
  { code: 'NEW_COMMERCIAL_M2', name: '新增商务和商业配套', unit: 'm²' },
  { code: 'TALENT_APARTMENTS', name: '新增人才公寓', unit: '套' },
] as const;
type Delivery = KpiDeliveriesQuery['kpiDeliveries'][number];
interface Values { code: string; quantity: number; deliveredOn: Dayjs; subParkId?: string; note?: string }

/**
 * ADMIN: construction deliveries (厂房 m², 商务配套 m², 人才公寓 units), dated, entered here and summed into the
 * construction KPIs of their year. The form checks what it can before sending; the API's refusal lands on its field.
 */
export function DeliveriesCard({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, refetch, loading } = useQuery(KpiDeliveriesDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [record, { loading: saving }] = useMutation(RecordKpiDeliveryDocument, { refetchQueries: [KpiDeliveriesDocument, CockpitDocument], awaitRefetchQueries: true });
  const code = Form.useWatch('code', form);
  const today = todayShanghai();
  const def = (c: string) => CODES.find((x) => x.code === c);
  const parkName = (id: string | null | undefined) => (id ? (ref.subParks.find((p) => p.id === id)?.name ?? id) : t('cockpit.wholePark'));

  const save = async (v: Values) => {
    const input = { code: v.code, quantity: v.quantity, deliveredOn: v.deliveredOn.format('YYYY-MM-DD'), subParkId: v.subParkId || undefined, note: v.note?.trim() || undefined };
    try {
      await record({ variables: { input } });
      const d = def(v.code)!;
      message.success(t('cockpit.deliveries.saved', { name: kpiName(t, d.code, d.name), quantity: num(v.quantity), unit: unitWord(t, d.unit) }));
      form.resetFields(['quantity', 'note']);
    } catch (e) {
      const p = problemOf(e);
      const field = p.field?.split('.').pop();
      if (p.code === 'BAD_USER_INPUT' && field && ['code', 'quantity', 'deliveredOn', 'subParkId', 'note'].includes(field)) {
        form.setFields([{ name: field as keyof Values, errors: [fieldDetail(p, i18n.language)] }]);
      } else message.error(describeError(e, t));
    }
  };

  const decimals = (v: number) => Math.round(v * 100) === v * 100 || Math.abs(Math.round(v * 100) - v * 100) < 1e-6;
  return (
    <Card size="small" title={t('cockpit.deliveries.title', { year })} data-testid="deliveries">
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ code: 'NEW_FACTORY_M2', deliveredOn: dayjs(today) }} data-testid="delivery-form" requiredMark={false}>
        <Row gutter={12} align="bottom">
          <Col xs={24} md={5}>
            <Form.Item name="code" label={t('cockpit.deliveries.code')} rules={[{ required: true, message: t('cockpit.deliveries.required', { field: t('cockpit.deliveries.code') }) }]}>
              <Select data-testid="delivery-code" options={CODES.map((c) => ({ value: c.code, label: t('cockpit.withUnit', { label: kpiName(t, c.code, c.name), unit: unitWord(t, c.unit) }) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="quantity" label={t('cockpit.withUnit', { label: t('cockpit.deliveries.quantity'), unit: unitWord(t, def(code ?? 'NEW_FACTORY_M2')?.unit ?? 'm²') })} validateFirst rules={[
              { required: true, message: t('cockpit.deliveries.required', { field: t('cockpit.deliveries.quantity') }) },
              { validator: (_, v: number | null) => (v == null || v > 0 ? Promise.resolve() : Promise.reject(new Error(t('cockpit.deliveries.positive')))) },
              { validator: (_, v: number | null) => (v == null || decimals(v) ? Promise.resolve() : Promise.reject(new Error(t('cockpit.deliveries.decimals')))) },
              { validator: (_, v: number | null) => (v == null || form.getFieldValue('code') !== 'TALENT_APARTMENTS' || Number.isInteger(v) ? Promise.resolve() : Promise.reject(new Error(t('cockpit.deliveries.whole')))) },
            ]}>
              <InputNumber style={{ width: '100%' }} data-testid="delivery-quantity" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="deliveredOn" label={t('cockpit.deliveries.deliveredOn')} rules={[
              { required: true, message: t('cockpit.deliveries.required', { field: t('cockpit.deliveries.deliveredOn') }) },
              { validator: (_, v: Dayjs | null) => (!v || v.format('YYYY-MM-DD') <= today ? Promise.resolve() : Promise.reject(new Error(t('cockpit.deliveries.future')))) },
              { validator: (_, v: Dayjs | null) => (!v || v.year() === year ? Promise.resolve() : Promise.reject(new Error(t('cockpit.deliveries.wrongYear', { year })))) },
            ]}>
              <DatePicker style={{ width: '100%' }} data-testid="delivery-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="subParkId" label={t('cockpit.deliveries.subPark')}>
              <Select allowClear placeholder={t('cockpit.deliveries.anySubPark')} data-testid="delivery-subpark" options={ref.subParks.map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="note" label={t('cockpit.deliveries.note')} rules={[{ max: 500, message: t('cockpit.deliveries.noteTooLong') }]}>
              <Input data-testid="delivery-note" />
            </Form.Item>
          </Col>
          <Col xs={24} md={3}>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving} data-testid="delivery-save" block>{t('cockpit.deliveries.add')}</Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error && !data ? <ErrorState error={error} retry={() => void refetch()} /> : (
        <Table<Delivery>
          size="small"
          rowKey="id"
          loading={loading && !data}
          dataSource={data?.kpiDeliveries ?? []}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          locale={{ emptyText: t('cockpit.deliveries.empty') }}
          onRow={() => ({ 'data-testid': 'delivery-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'deliveredOn', title: t('cockpit.deliveries.deliveredOn'), width: 120, render: (_, d) => formatDate(d.deliveredOn) },
            { key: 'code', title: t('cockpit.deliveries.code'), render: (_, d) => kpiName(t, d.code, def(d.code)?.name ?? d.code) },
            { key: 'quantity', title: t('cockpit.deliveries.quantity'), align: 'right', width: 140, render: (_, d) => `${num(d.quantity)} ${unitWord(t, def(d.code)?.unit ?? '')}` },
            { key: 'subPark', title: t('cockpit.deliveries.subPark'), width: 180, render: (_, d) => parkName(d.subParkId) },
            { key: 'note', title: t('cockpit.deliveries.note'), render: (_, d) => d.note ?? '—' },
            { key: 'createdBy', title: t('cockpit.deliveries.createdBy'), width: 120, render: (_, d) => (d.createdBy === ref.me.id ? (ref.me.name ?? ref.me.email) : d.createdBy ? `#${d.createdBy}` : '—') },
            { key: 'createdAt', title: t('cockpit.deliveries.createdAt'), width: 150, render: (_, d) => formatDateTime(d.createdAt) },
          ]}
        />
      )}
    </Card>
  );
}
