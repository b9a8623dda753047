import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant } from '../../app/format';

type FailedSignIns = OutputOf<'auth.failedSignIns'>;

/** A client key as the manager reads it: the desktop app's windows are this PC. */
function clientLabel(client: string): string {
  if (client.startsWith('ipc:')) return '本机(桌面程序)';
  if (client === '127.0.0.1' || client === '::1') return `${client}(本机)`;
  return client;
}

/** Many failures from one PC are guessing rather than a typo; the colour says which. */
function countColor(count: number): string {
  if (count >= 10) return 'red';
  if (count >= 4) return 'orange';
  return 'gray';
}

/**
 * 登录失败记录 (manager): recent failed sign-ins, one row per login name and PC, so the manager
 * sees who is guessing at which account and from where.
 */
export function FailedSignInsPage() {
  const [data, setData] = useState<FailedSignIns | null>(null);
  const load = useCallback(() => {
    api('auth.failedSignIns', {}).then(setData, (err: unknown) => notifyError(err, '未能读取登录失败记录'));
  }, []);
  useEffect(load, [load]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>登录失败记录</Title>
        <Button variant="light" onClick={load}>
          刷新
        </Button>
      </Group>
      <Alert color="blue" variant="light">
        账号不会因输错密码被锁定:同一台电脑连续输错时,只有这台电脑要等待一段时间才能再试,每多错一次等待加倍,
        其他电脑照常登录。若看到陌生电脑反复尝试某个账号,请为该人员重置密码,并查明这台电脑是谁在用。
      </Alert>
      <Paper withBorder p="md">
        {data && (
          <Text size="sm" c="dimmed" mb="xs">
            近 {data.retentionDays} 天的记录,按登录名和电脑归并,最近的在前;更早的记录自动清除。
          </Text>
        )}
        {data && data.groups.length === 0 ? (
          <Text c="dimmed" size="sm">
            近 {data.retentionDays} 天没有登录失败的记录。
          </Text>
        ) : (
          <Table striped withTableBorder aria-label="登录失败记录">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>最近一次</Table.Th>
                <Table.Th>尝试的登录名</Table.Th>
                <Table.Th>对应人员</Table.Th>
                <Table.Th>电脑地址</Table.Th>
                <Table.Th>失败次数</Table.Th>
                <Table.Th>第一次</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.groups.map((g) => (
                <Table.Tr key={`${g.username}\u0000${g.client}`}>
                  <Table.Td>{formatInstant(g.lastAt)}</Table.Td>
                  <Table.Td>{g.username}</Table.Td>
                  <Table.Td>
                    {g.displayName ?? (
                      <Text span size="sm" c="dimmed">
                        无此账号
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{clientLabel(g.client)}</Table.Td>
                  <Table.Td>
                    <Badge color={countColor(g.count)} variant="light">
                      {g.count} 次
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatInstant(g.firstAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
