import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Drawer, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/States';
import {
  AdminCreateUserDocument, AdminGroupsDocument, AdminResetPasswordDocument, AdminSetUserActiveDocument, AdminUpdateUserDocument, AdminUsersDocument,
  type AdminGroupsQuery, type AdminUserRowFragment, type Role, type UserFilter,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useReference } from '../../lib/reference';
import { AdminError, showSaveError } from './shared';

const PAGE = 50;
const ROLES: Role[] = ['ADMIN', 'MANAGER', 'OFFICER', 'GROUP'];
const ROLE_COLOURS: Record<Role, string> = { ADMIN: 'red', MANAGER: 'gold', OFFICER: 'blue', GROUP: 'purple' };

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ref = useReference();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<boolean | undefined>();
  const filter: UserFilter = useMemo(() => ({ text: text.trim() || undefined, role, active }), [text, role, active]);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminUsersDocument, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  const groups = useQuery(AdminGroupsDocument, { fetchPolicy: 'cache-first' });
  const [editing, setEditing] = useState<AdminUserRowFragment | 'new' | null>(null);
  const [resetting, setResetting] = useState<AdminUserRowFragment | null>(null);
  const [setUserActive] = useMutation(AdminSetUserActiveDocument);

  const parkName = new Map((groups.data?.subParks ?? ref.subParks).map((p) => [p.id, p.name]));
  const groupName = new Map((groups.data?.groups ?? []).map((g) => [g.id, g.name]));
  const page = data?.users;

  const toggle = async (u: AdminUserRowFragment) => {
    try {
      await setUserActive({ variables: { id: u.id, active: !u.active } });
      message.success(t(u.active ? 'admin.users.deactivated' : 'admin.users.activated', { name: u.name ?? u.email }));
      void refetch();
    } catch (e) {
      message.error(describeError(e, t));
    }
  };

  const columns: ColumnsType<AdminUserRowFragment> = [
    {
      title: t('admin.users.name'), dataIndex: 'name', width: 160,
      render: (_, u) => <span data-testid="user-name">{u.name ?? '—'}{u.id === ref.me.id ? t('admin.users.self') : ''}</span>,
    },
    { title: t('admin.users.email'), dataIndex: 'email', ellipsis: true },
    { title: t('admin.users.role'), dataIndex: 'role', width: 136, render: (r: Role) => <Tag color={ROLE_COLOURS[r]}>{t(`roles.${r}`)}</Tag> },
    {
      title: t('admin.users.subParks'), key: 'parks',
      render: (_, u) => {
        if (u.role === 'ADMIN' || u.role === 'MANAGER') return <Typography.Text type="secondary">{t('admin.users.allParks')}</Typography.Text>;
        const parks = u.subParkIds.map((id) => parkName.get(id) ?? id).join('、') || t('admin.users.none');
        return u.role === 'GROUP' ? <span><Tag>{groupName.get(u.groupId ?? '') ?? '—'}</Tag>{parks}</span> : parks;
      },
    },
    {
      title: t('admin.users.status'), dataIndex: 'active', width: 120,
      render: (a: boolean) => <Badge status={a ? 'success' : 'default'} text={t(a ? 'admin.users.active' : 'admin.users.inactive')} />,
    },
    { title: t('admin.users.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('admin.actions'), key: 'actions', width: 300, fixed: 'right',
      render: (_, u) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setEditing(u)} data-testid="edit-user">{t('admin.users.edit')}</Button>
          <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)} data-testid="reset-password">{t('admin.users.reset')}</Button>
          {u.id !== ref.me.id && (
            <Popconfirm
              title={t(u.active ? 'admin.users.deactivateConfirm' : 'admin.users.activateConfirm', { name: u.name ?? u.email })}
              onConfirm={() => toggle(u)} okText={t('common.confirm')} cancelText={t('common.cancel')}
            >
              <Button type="link" size="small" danger={u.active} data-testid="toggle-active">{t(u.active ? 'admin.users.deactivate' : 'admin.users.activate')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="admin-users">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('admin.users.search')} style={{ width: 260 }} onSearch={setText} data-testid="user-search" />
          <Select allowClear placeholder={t('admin.users.allRoles')} style={{ width: 140 }} value={role} onChange={setRole}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="user-role-filter" />
          <Select allowClear placeholder={t('admin.users.allStatus')} style={{ width: 120 }} value={active === undefined ? undefined : String(active)}
            onChange={(v?: string) => setActive(v === undefined ? undefined : v === 'true')}
            options={[{ value: 'true', label: t('admin.users.active') }, { value: 'false', label: t('admin.users.inactive') }]} />
          {page && <Typography.Text type="secondary" data-testid="user-count">{t('admin.users.count', { count: page.totalCount })}</Typography.Text>}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create-user">{t('admin.users.create')}</Button>
      </Space>
      {error && !data ? <AdminError error={error} retry={() => void refetch()} /> : (
        <>
          <Table<AdminUserRowFragment>
            rowKey="id" size="middle" columns={columns} dataSource={page?.edges.map((e) => e.node) ?? []} loading={loading} pagination={false}
            locale={{ emptyText: <EmptyState text={t('admin.users.empty')} /> }} data-testid="users-table" scroll={{ x: 1180 }}
          />
          {page?.pageInfo.hasNextPage && (
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              <Button onClick={() => void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => (fetchMoreResult ? { users: { ...fetchMoreResult.users, edges: [...prev.users.edges, ...fetchMoreResult.users.edges] } } : prev),
              })}>{t('admin.loadMore')}</Button>
            </div>
          )}
        </>
      )}
      {editing && (
        <UserDrawer user={editing === 'new' ? null : editing} groups={groups.data} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); void refetch(); }} />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </div>
  );
}

function UserDrawer({ user, groups, onClose, onSaved }: { user: AdminUserRowFragment | null; groups: AdminGroupsQuery | undefined; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [create, { loading: creating }] = useMutation(AdminCreateUserDocument);
  const [update, { loading: updating }] = useMutation(AdminUpdateUserDocument);
  const role: Role | undefined = Form.useWatch('role', form);
  const groupId: string | undefined = Form.useWatch('groupId', form);
  const group = groups?.groups.find((g) => g.id === groupId);
  const initial = user
    ? { name: user.name ?? '', email: user.email, role: user.role, subParkIds: user.role === 'OFFICER' ? user.subParkIds : [], groupId: user.groupId ?? undefined }
    : { role: 'OFFICER', subParkIds: [] };

  const save = async (v: { name: string; email?: string; password?: string; role: Role; subParkIds?: string[]; groupId?: string }) => {
    const subParkIds = v.role === 'OFFICER' ? (v.subParkIds ?? []) : [];
    const groupOf = v.role === 'GROUP' ? v.groupId : undefined;
    try {
      if (user) {
        await update({ variables: { id: user.id, input: { name: v.name.trim(), role: v.role, subParkIds: v.role === 'GROUP' ? [] : subParkIds, groupId: groupOf } } });
        message.success(t('admin.users.saved'));
      } else {
        await create({ variables: { input: { name: v.name.trim(), email: v.email!.trim(), password: v.password!, role: v.role, subParkIds, groupId: groupOf } } });
        message.success(t('admin.users.created', { name: v.name.trim() }));
      }
      onSaved();
    } catch (e) {
      showSaveError(e, form, t, i18n.language, (text) => message.error(text));
    }
  };

  return (
    <Drawer open onClose={onClose} size={480} destroyOnHidden title={user ? t('admin.users.editTitle', { name: user.name ?? user.email }) : t('admin.users.createTitle')}
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="save-user">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="user-form">
        <Form.Item name="name" label={t('admin.users.name')} rules={[{ required: true, whitespace: true, message: t('admin.users.nameRequired') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="email" label={t('admin.users.email')} rules={user ? [] : [{ required: true, message: t('admin.users.emailRequired') }]}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('admin.users.password')} extra={t('admin.users.passwordHelp')} rules={[{ required: true, message: t('admin.users.passwordRequired') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="role" label={t('admin.users.role')} extra={role ? t(`admin.users.roleHelp.${role}`) : undefined} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="user-role" />
        </Form.Item>
        {role === 'OFFICER' && (
          <Form.Item name="subParkIds" label={t('admin.users.subParks')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.subParksRequired') }]}>
            <Select mode="multiple" options={(groups?.subParks ?? []).map((p) => ({ value: p.id, label: p.name }))} data-testid="user-sub-parks" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
        {role === 'GROUP' && (
          <Form.Item name="groupId" label={t('admin.users.group')} rules={[{ required: true, message: t('admin.users.groupRequired') }]}
            extra={group ? t('admin.users.groupParks', { names: group.subParks.map((p) => p.name).join('、') || t('admin.users.none') }) : undefined}>
            <Select options={(groups?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))} data-testid="user-group" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}

function ResetPasswordModal({ user, onClose }: { user: AdminUserRowFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [reset, { loading, data }] = useMutation(AdminResetPasswordDocument);
  const mode: 'generate' | 'choose' = Form.useWatch('mode', form) ?? 'generate';
  const done = data?.resetUserPassword;

  const submit = async (v: { mode: 'generate' | 'choose'; password?: string }) => {
    try {
      await reset({ variables: { id: user.id, input: v.mode === 'choose' ? { password: v.password } : {} } });
    } catch (e) {
      showSaveError(e, form, t, i18n.language, (text) => message.error(text));
    }
  };

  return (
    <Modal open onCancel={onClose} destroyOnHidden title={t('admin.users.resetTitle', { name: user.name ?? user.email })}
      footer={done ? <Button type="primary" onClick={onClose} data-testid="reset-close">{t('common.close')}</Button>
        : [<Button key="c" onClick={onClose}>{t('common.cancel')}</Button>, <Button key="ok" type="primary" danger loading={loading} onClick={() => form.submit()} data-testid="reset-submit">{t('admin.users.resetSubmit')}</Button>]}>
      {done ? (
        <div data-testid="reset-done">
          <Alert type="success" showIcon title={t('admin.users.resetDone')} description={t('admin.users.resetHelp')} style={{ marginBottom: 16 }} />
          {done.temporaryPassword ? (
            <>
              <Typography.Paragraph>{t('admin.users.resetShown')}</Typography.Paragraph>
              <Typography.Paragraph copyable={{ text: done.temporaryPassword }} code style={{ fontSize: 20 }} data-testid="temporary-password">{done.temporaryPassword}</Typography.Paragraph>
            </>
          ) : <Typography.Paragraph>{t('admin.users.resetChosen')}</Typography.Paragraph>}
        </div>
      ) : (
        <Form form={form} layout="vertical" initialValues={{ mode: 'generate' }} onFinish={submit}>
          <Typography.Paragraph type="secondary">{t('admin.users.resetHelp')}</Typography.Paragraph>
          <Form.Item name="mode">
            <Radio.Group options={[{ value: 'generate', label: t('admin.users.resetGenerate') }, { value: 'choose', label: t('admin.users.resetChoose') }]} />
          </Form.Item>
          {mode === 'choose' && (
            <Form.Item name="password" label={t('admin.users.resetPassword')} extra={t('admin.users.passwordHelp')} rules={[{ required: true, message: t('admin.users.passwordRequired') }]}>
              <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
