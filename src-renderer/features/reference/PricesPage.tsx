import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { officeToday } from '../../app/format';
import { useApi } from '../head-office';
import { PriceModal } from './PriceModal';
import { fenLabel } from './reference-format';

type Price = OutputOf<'reference.prices'>[number];
type PriceState = 'current' | 'future' | 'past';

const STATE_BADGES: Record<PriceState, { label: string; color: string }> = {
  current: { label: '执行中', color: 'green' },
  future: { label: '待执行', color: 'blue' },
  past: { label: '已被取代', color: 'gray' },
};

/** Whether each price is in force today, still to come, or replaced by a later one (list newest first). */
function statesOf(prices: readonly Price[]): Map<Price, PriceState> {
  const today = officeToday();
  const seen = new Set<string>();
  const out = new Map<Price, PriceState>();
  for (const p of prices) {
    if (p.effectiveFrom > today) out.set(p, 'future');
    else if (seen.has(p.productCode)) out.set(p, 'past');
    else {
      seen.add(p.productCode);
      out.set(p, 'current');
    }
  }
  return out;
}

/** 规定价: the price list by effective date, per product or for all; a new price from a date on. */
export function PricesPage() {
  const [productCode, setProductCode] = useState<string | null>(null);
  const { data: products } = useApi('reference.products', {});
  const { data: prices, reload } = useApi('reference.prices', productCode ? { productCode } : {});
  const [adding, setAdding] = useState(false);
  const names = useMemo(() => new Map((products ?? []).map((p) => [p.code, p.name])), [products]);
  const states = useMemo(() => statesOf(prices ?? []), [prices]);

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={3}>规定价</Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setAdding(true)}
          disabled={!products?.length}
        >
          添加规定价
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        每个规定价从执行日期起生效,直到同一产品的下一个执行日期。核对低价销售时按发现当天的规定价计算。
      </Text>
      <Select
        label="产品"
        placeholder="全部产品"
        clearable
        searchable
        maw={360}
        data={(products ?? []).map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))}
        value={productCode}
        onChange={setProductCode}
      />
      {prices && (
        <Paper withBorder p="md">
          {prices.length ? (
            <Table striped aria-label="规定价表">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>产品编码</Table.Th>
                  <Table.Th>产品名称</Table.Th>
                  <Table.Th>执行日期</Table.Th>
                  <Table.Th ta="right">规定价(元)</Table.Th>
                  <Table.Th>状态</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {prices.map((p) => {
                  const badge = STATE_BADGES[states.get(p) ?? 'past'];
                  return (
                    <Table.Tr key={`${p.productCode}-${p.effectiveFrom}`}>
                      <Table.Td>{p.productCode}</Table.Td>
                      <Table.Td>{names.get(p.productCode) ?? ''}</Table.Td>
                      <Table.Td>{p.effectiveFrom}</Table.Td>
                      <Table.Td ta="right">{fenLabel(p.priceFen)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={badge.color}>
                          {badge.label}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">
              {products?.length
                ? '还没有规定价。请点“添加规定价”。'
                : '请先在“产品目录”中添加产品,再为它定价。'}
            </Text>
          )}
        </Paper>
      )}
      {adding && products && (
        <PriceModal
          products={products}
          prices={prices ?? []}
          initialProduct={productCode}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
