import { DateInput } from '@mantine/dates';
import {
  Badge,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useState } from 'react';
import type { UserSummary } from '../../../src-shared/contract';
import { ROLE_LABELS, ROLES, type Role } from '../../../src-shared/domain/roles';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { officeToday } from '../../app/format';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** The manager's list of the office's people: add reps and clerks, edit, deactivate, reset passwords. */
export function PeoplePage() {
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);

  const load = useCallback(() => {
    api('people.list', {}).then(setPeople, notifyError);
  }, []);
  useEffect(load, [load]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>人员</Title>
        <Button onClick={() => setEditing('new')}>添加人员</Button>
      </Group>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>登录名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>电话</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.displayName}</Table.Td>
              <Table.Td>{p.username}</Table.Td>
              <Table.Td>{ROLE_LABELS[p.role]}</Table.Td>
              <Table.Td>{p.phone}</Table.Td>
              <Table.Td>
                {p.active ? <Badge color="green">在职</Badge> : <Badge color="gray">已停用</Badge>}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="light" onClick={() => setEditing(p)}>
                    编辑
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setResetting(p)}>
                    重置密码
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <PersonModal
          person={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
      {resetting && <ResetPasswordModal person={resetting} onClose={() => setResetting(null)} />}
    </Stack>
  );
}

function PersonModal({
  person,
  onClose,
  onSaved,
}: {
  person: UserSummary | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm({
    initialValues: {
      displayName: person?.displayName ?? '',
      username: person?.username ?? '',
      role: (person?.role ?? 'rep') as Role,
      phone: person?.phone ?? '',
      password: '',
      active: person?.active ?? true,
      joinedOn: officeToday(),
    },
    validate: {
      displayName: (v) => (v.trim() ? null : '请填写姓名'),
      username: (v) =>
        person || /^[A-Za-z0-9_.-]{2,32}$/.test(v) ? null : '登录名为2–32位字母、数字、下划线、点或短横线',
      password: (v) => (person || v.length >= 8 ? null : '初始密码至少8位'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      if (person) {
        await api('people.update', {
          id: person.id,
          displayName: v.displayName,
          role: v.role,
          phone: v.phone,
          active: v.active,
        });
      } else {
        await api('people.create', {
          displayName: v.displayName,
          username: v.username,
          role: v.role,
          phone: v.phone,
          password: v.password,
          joinedOn: v.joinedOn,
        });
      }
      notifyOk(person ? '已保存。' : `已添加 ${v.displayName}。`);
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Modal opened onClose={onClose} title={person ? `编辑 ${person.displayName}` : '添加人员'}>
      <form onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label="姓名" required data-autofocus {...form.getInputProps('displayName')} />
            <Select label="角色" data={ROLE_OPTIONS} allowDeselect={false} {...form.getInputProps('role')} />
            <TextInput
              label="登录名"
              required
              disabled={Boolean(person)}
              {...form.getInputProps('username')}
            />
            <TextInput label="电话" {...form.getInputProps('phone')} />
          </SimpleGrid>
          {!person && (
            <SimpleGrid cols={2}>
              <PasswordInput
                label="初始密码"
                required
                description="至少8位,请告知本人登录后修改"
                {...form.getInputProps('password')}
              />
              <DateInput
                label="到岗日期"
                description="从这天起按制度交报表"
                valueFormat="YYYY-MM-DD"
                {...form.getInputProps('joinedOn')}
              />
            </SimpleGrid>
          )}
          {person && (
            <Switch label="在职(停用后不能登录)" {...form.getInputProps('active', { type: 'checkbox' })} />
          )}
          <ModalActions onCancel={onClose} confirm="保存" />
        </Stack>
      </form>
    </Modal>
  );
}

function ResetPasswordModal({ person, onClose }: { person: UserSummary; onClose: () => void }) {
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v.length >= 8 ? null : '新密码至少8位') },
  });
  const submit = form.onSubmit(async ({ password }) => {
    try {
      await api('people.resetPassword', { id: person.id, password });
      notifyOk(`已重置 ${person.displayName} 的密码,其已登录的会话已退出。`);
      onClose();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Modal opened onClose={onClose} title={`重置 ${person.displayName} 的密码`}>
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput label="新密码" data-autofocus {...form.getInputProps('password')} />
          <ModalActions onCancel={onClose} confirm="重置" />
        </Stack>
      </form>
    </Modal>
  );
}
