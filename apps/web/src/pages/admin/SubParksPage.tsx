import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, Modal, Row, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../../components/States';
import { AdminGroupsDocument, AdminUpdateSubParkDocument, type AdminGroupsQuery } from '../../gql/graphql';
import { AdminError, showSaveError } from './shared';

type Park = AdminGroupsQuery['subParks'][number];
const NO_GROUP = '__none__';

export default function SubParksPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminGroupsDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Park | null>(null);
  if (error && !data) return <AdminError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const columns: ColumnsType<Park> = [
    { title: t('admin.subParks.code'), dataIndex: 'code', width: 180, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('admin.subParks.name'), dataIndex: 'name', render: (n: string) => <span data-testid="sub-park-name">{n}</span> },
    { title: t('admin.subParks.group'), key: 'group', render: (_, p) => (p.group ? <Tag color="purple">{p.group.name}</Tag> : <Typography.Text type="secondary">{t('admin.subParks.noGroup')}</Typography.Text>) },
    { title: t('admin.actions'), key: 'a', width: 100, render: (_, p) => <Button type="link" size="small" onClick={() => setEditing(p)} data-testid="edit-sub-park">{t('admin.subParks.edit')}</Button> },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="admin-sub-parks">
      <Col xs={24} xl={14}>
        <Card title={t('admin.subParks.title')} size="small">
          <Table<Park> rowKey="id" size="middle" columns={columns} dataSource={data?.subParks ?? []} pagination={false} locale={{ emptyText: <EmptyState /> }} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('admin.subParks.groups')} size="small">
          {(data?.groups ?? []).map((g) => (
            <div key={g.id} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="group-row">
              <Typography.Text strong>{g.name}</Typography.Text>
              <div style={{ marginTop: 6 }}>
                {g.subParks.length ? g.subParks.map((p) => <Tag key={p.id}>{p.name}</Tag>) : <Typography.Text type="secondary">{t('admin.subParks.noParks')}</Typography.Text>}
              </div>
            </div>
          ))}
        </Card>
      </Col>
      {editing && data && <SubParkModal park={editing} groups={data.groups} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void refetch(); }} />}
    </Row>
  );
}

function SubParkModal({ park, groups, onClose, onSaved }: { park: Park; groups: AdminGroupsQuery['groups']; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm();
  const [update, { loading }] = useMutation(AdminUpdateSubParkDocument);
  const save = async (v: { name: string; groupId: string }) => {
    try {
      const res = await update({ variables: { id: park.id, input: { name: v.name.trim(), groupId: v.groupId === NO_GROUP ? null : v.groupId } } });
      message.success(t('admin.subParks.saved', { name: res.data?.updateSubPark.name ?? v.name }));
      // The sign-in's reference lists (sub-park names in every selector) follow.
      void client.refetchQueries({ include: ['Session'] });
      onSaved();
    } catch (e) {
      showSaveError(e, form, t, i18n.language, (text) => message.error(text));
    }
  };
  return (
    <Modal open onCancel={onClose} destroyOnHidden title={t('admin.subParks.editTitle', { name: park.name })} onOk={() => form.submit()} confirmLoading={loading}
      okText={t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'save-sub-park' } as never}>
      <Form form={form} layout="vertical" initialValues={{ name: park.name, groupId: park.group?.id ?? NO_GROUP }} onFinish={save}>
        <Form.Item name="name" label={t('admin.subParks.name')} rules={[{ required: true, whitespace: true, message: t('admin.subParks.nameRequired') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="groupId" label={t('admin.subParks.group')} extra={t('admin.subParks.groupHelp')}>
          <Select options={[{ value: NO_GROUP, label: t('admin.subParks.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
