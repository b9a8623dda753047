import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CustomerDetail } from '../../../src-shared/contract';
import { formatInstant } from '../../app/format';

/** One labelled fact of the customer's file. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" size="sm" fw={500}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** 客户档案: the customer's fields, its people and who has been responsible for it. */
export function CustomerFacts({ detail }: { detail: CustomerDetail }) {
  const c = detail.customer;
  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-label="基本信息">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact label="客户编号">{c.code}</Fact>
          <Fact label="客户类型">{c.type}</Fact>
          <Fact label="客户等级">{c.grade ? `${c.grade}级` : '未分级'}</Fact>
          <Fact label="行业">{c.industry}</Fact>
          <Fact label="城市">{c.city}</Fact>
          <Fact label="客户来源">{c.source}</Fact>
          <Fact label="负责人">{c.ownerName ?? '暂无'}</Fact>
          <Fact label="地址">{c.address}</Fact>
        </SimpleGrid>
        {c.notes && (
          <Stack gap={0} mt="sm">
            <Fact label="备注">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.notes}
              </Text>
            </Fact>
          </Stack>
        )}
      </Paper>
      <section aria-labelledby="customer-people">
        <Title order={5} id="customer-people" mb="xs">
          联系人
        </Title>
        {c.people.length === 0 ? (
          <Text c="dimmed" size="sm">
            还没有联系人。点“编辑”添加。
          </Text>
        ) : (
          <Table withTableBorder aria-label="联系人列表">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>姓名</Table.Th>
                <Table.Th>职务</Table.Th>
                <Table.Th>电话</Table.Th>
                <Table.Th>生日</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{p.phones}</Table.Td>
                  <Table.Td>{p.birthday}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="customer-owners">
        <Title order={5} id="customer-owners" mb="xs">
          归属记录
        </Title>
        {detail.owners.length === 0 ? (
          <Text c="dimmed" size="sm">
            这个客户还没有指定过负责人。
          </Text>
        ) : (
          <Table withTableBorder aria-label="归属记录">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>负责人</Table.Th>
                <Table.Th>起</Table.Th>
                <Table.Th>止</Table.Th>
                <Table.Th>原因</Table.Th>
                <Table.Th>经办人</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.owners.map((o) => (
                <Table.Tr key={`${o.fromDay}-${o.at}`}>
                  <Table.Td>
                    {o.ownerName}
                    {o.toDay === null && (
                      <Badge ml={6} size="xs" variant="light">
                        现任
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{o.fromDay}</Table.Td>
                  <Table.Td>{o.toDay ?? '至今'}</Table.Td>
                  <Table.Td>{o.reason}</Table.Td>
                  <Table.Td title={formatInstant(o.at)}>{o.byName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      {detail.merged.length > 0 && (
        <Text size="sm" c="dimmed">
          已并入:
          {detail.merged.map((m) => `${m.name}(${m.code},${m.byName} ${formatInstant(m.at)})`).join(';')}
        </Text>
      )}
    </Stack>
  );
}
