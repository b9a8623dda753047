import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { Customer } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { CustomerModal } from './CustomerModal';

/** The customer file: search, add, edit. */
export function CustomersPage() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const [rows, setRows] = useState<Customer[]>([]);
  const [editing, setEditing] = useState<Customer | 'new' | null>(null);

  const load = useCallback(() => {
    api('customers.search', { query: debounced, limit: 200 }).then(setRows, notifyError);
  }, [debounced]);
  useEffect(load, [load]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>客户档案</Title>
        <Button onClick={() => setEditing('new')}>新建客户</Button>
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder="按名称、联系人、电话或地址搜索"
        aria-label="搜索客户"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>客户名称</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>等级</Table.Th>
            <Table.Th>联系人</Table.Th>
            <Table.Th>电话</Table.Th>
            <Table.Th>地址</Table.Th>
            <Table.Th>负责人</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id} onClick={() => setEditing(c)} style={{ cursor: 'pointer' }}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.type}</Table.Td>
              <Table.Td>{c.grade}</Table.Td>
              <Table.Td>
                {c.contact}
                {c.contactTitle && `(${c.contactTitle})`}
              </Table.Td>
              <Table.Td>{c.phone}</Table.Td>
              <Table.Td>{c.address}</Table.Td>
              <Table.Td>{c.ownerName ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && <Text c="dimmed">没有找到客户。可点“新建客户”添加。</Text>}
      {editing && (
        <CustomerModal
          customer={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </Stack>
  );
}
