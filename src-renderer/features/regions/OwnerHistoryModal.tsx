import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CustomerOwnerSpan } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant, formatPeriodKey } from '../../app/format';

/** 归属记录: who was responsible for a customer from which office day to which, and why it changed. */
export function OwnerHistoryModal({
  customer,
  onClose,
}: {
  customer: { id: number; name: string };
  onClose: () => void;
}) {
  const [owners, setOwners] = useState<CustomerOwnerSpan[] | null>(null);
  useEffect(() => {
    api('customers.ownerHistory', { customerId: customer.id }).then((h) => setOwners(h.owners), notifyError);
  }, [customer.id]);
  return (
    <Modal opened onClose={onClose} title={`归属记录:${customer.name}`} size="xl">
      {owners && owners.length > 0 && (
        <Table withTableBorder striped aria-label={`${customer.name}的归属记录`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>负责人</Table.Th>
              <Table.Th>起</Table.Th>
              <Table.Th>止</Table.Th>
              <Table.Th>原因</Table.Th>
              <Table.Th>经办人</Table.Th>
              <Table.Th>登记时间</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {owners.map((o) => (
              <Table.Tr key={`${o.fromDay}-${o.at}`}>
                <Table.Td>{o.ownerName}</Table.Td>
                <Table.Td>{formatPeriodKey(o.fromDay)}</Table.Td>
                <Table.Td>{o.toDay === null ? '至今' : formatPeriodKey(o.toDay)}</Table.Td>
                <Table.Td>{o.reason}</Table.Td>
                <Table.Td>{o.byName ?? '—'}</Table.Td>
                <Table.Td>{formatInstant(o.at)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {owners && owners.length === 0 && <Text c="dimmed">这个客户还没有指定过负责人。</Text>}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose} data-autofocus>
          关闭
        </Button>
      </Group>
    </Modal>
  );
}
