import { Paper, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant } from '../../app/format';

/** Where a sign-in came from, as people read it. */
function clientLabel(client: string): string {
  if (!client) return '(未记录)';
  if (client.startsWith('ipc:')) return '本机(桌面程序)';
  if (client === '127.0.0.1' || client === '::1') return `${client}(本机)`;
  return client;
}

/** Who signed in from which PC and when: the manager checks that LAN access is used as intended. */
export function SignInsCard() {
  const [data, setData] = useState<OutputOf<'office.signIns'> | null>(null);
  useEffect(() => {
    api('office.signIns', {}).then(setData, notifyError);
  }, []);
  return (
    <Paper withBorder p="md" component="section" aria-label="最近登录记录">
      <Title order={5}>最近登录记录</Title>
      <Text size="sm" c="dimmed" mb="xs">
        最近 {data?.days ?? 30} 天的成功登录及其来源地址;其他电脑经局域网登录时显示该电脑的 IP 地址。
      </Text>
      {data && data.records.length === 0 && <Text size="sm">暂无登录记录。</Text>}
      {data && data.records.length > 0 && (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped aria-label="最近登录记录">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>时间</Table.Th>
                <Table.Th>姓名</Table.Th>
                <Table.Th>登录名</Table.Th>
                <Table.Th>来源地址</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.records.map((r, i) => (
                <Table.Tr key={`${r.at}-${i}`}>
                  <Table.Td>{formatInstant(r.at)}</Table.Td>
                  <Table.Td>{r.displayName}</Table.Td>
                  <Table.Td>{r.username}</Table.Td>
                  <Table.Td>{clientLabel(r.client)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
