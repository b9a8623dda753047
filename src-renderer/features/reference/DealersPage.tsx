import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { OutputOf } from '../../../src-shared/contract';
import { AGREEMENT_STATUS_LABELS } from '../../../src-shared/contract/reference';
import { useApi } from '../head-office';
import { ExportCatalogButton } from './ExportCatalogButton';
import { DealerModal } from './DealerModal';
import { REF_PATHS } from './reference-format';

type Dealer = OutputOf<'reference.dealers'>[number];

const STATUS_COLORS = { active: 'green', suspended: 'orange', terminated: 'red' } as const;

/** 经销商名录: dealers by region with their agreement, radiation and shipment stop; add, edit, import. */
export function DealersPage() {
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [q] = useDebouncedValue(query.trim(), 250);
  const [r] = useDebouncedValue(region.normalize('NFKC').trim(), 250);
  const validRegion = /^[A-Za-z0-9_./-]{1,20}$/.test(r);
  const { data: dealers, reload } = useApi('reference.dealers', {
    query: q,
    ...(r && validRegion ? { regionCode: r } : {}),
  });
  const { data: all, reload: reloadAll } = useApi('reference.dealers', {});
  const codes = useMemo(() => new Set((all ?? []).map((d) => d.code)), [all]);
  const [editing, setEditing] = useState<Dealer | 'new' | null>(null);

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>经销商名录</Title>
        <Group>
          <Button
            component={Link}
            to={REF_PATHS.import('dealers')}
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            从 Excel 导入
          </Button>
          <ExportCatalogButton list="dealers" />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            添加经销商
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        停止发货和协议状态随参考数据包下发,办事处查询批号时会看到。
      </Text>
      <Group align="flex-start">
        <TextInput
          label="搜索经销商"
          placeholder="编码、名称或协议编号"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={280}
        />
        <TextInput
          label="区域编码"
          placeholder="全部区域"
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
          error={r && !validRegion ? '区域编码只能用字母、数字和 _ . / -' : undefined}
          w={180}
        />
      </Group>
      {dealers && (
        <Paper withBorder p="md">
          {dealers.length ? (
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label="经销商名录">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>编码</Table.Th>
                    <Table.Th>名称</Table.Th>
                    <Table.Th>区域</Table.Th>
                    <Table.Th>协议编号</Table.Th>
                    <Table.Th>协议状态</Table.Th>
                    <Table.Th>辐射经营</Table.Th>
                    <Table.Th>停止发货</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dealers.map((d) => (
                    <Table.Tr key={d.code}>
                      <Table.Td>{d.code}</Table.Td>
                      <Table.Td>{d.name}</Table.Td>
                      <Table.Td>{d.regionCode}</Table.Td>
                      <Table.Td>{d.agreementNo}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLORS[d.agreementStatus]}>
                          {AGREEMENT_STATUS_LABELS[d.agreementStatus]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{d.radiates ? '是' : '否'}</Table.Td>
                      <Table.Td>
                        {d.shipmentStop ? (
                          <Text size="sm" c="red">
                            自 {d.shipmentStop.from} 起停止:{d.shipmentStop.reason}
                          </Text>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(d)}
                          aria-label={`编辑 ${d.code}`}
                        >
                          编辑
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text c="dimmed">
              {q || r ? '没有符合条件的经销商。' : '名录中还没有经销商。请点“添加经销商”或从 Excel 导入。'}
            </Text>
          )}
        </Paper>
      )}
      {editing && (
        <DealerModal
          dealer={editing === 'new' ? null : editing}
          takenCodes={codes}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
            reloadAll();
          }}
        />
      )}
    </Stack>
  );
}
