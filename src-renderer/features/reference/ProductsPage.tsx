import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { OutputOf } from '../../../src-shared/contract';
import { officeToday } from '../../app/format';
import { useApi } from '../head-office';
import { ExportCatalogButton } from './ExportCatalogButton';
import { ProductModal } from './ProductModal';
import { fenLabel, REF_PATHS } from './reference-format';

type Product = OutputOf<'reference.products'>[number];
type Price = OutputOf<'reference.prices'>[number];

/** Each product's 规定价 in force today (the list comes newest first). */
function pricesToday(prices: readonly Price[]): Map<string, Price> {
  const today = officeToday();
  const out = new Map<string, Price>();
  for (const p of prices) if (p.effectiveFrom <= today && !out.has(p.productCode)) out.set(p.productCode, p);
  return out;
}

/** 产品目录: the products channel control knows, with today's 规定价; add, edit, import from Excel. */
export function ProductsPage() {
  const { data: products, reload } = useApi('reference.products', {});
  const { data: prices } = useApi('reference.prices', {});
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const current = useMemo(() => pricesToday(prices ?? []), [prices]);
  const codes = useMemo(() => new Set((products ?? []).map((p) => p.code)), [products]);
  const q = query.trim().toLowerCase();
  const shown = (products ?? []).filter(
    (p) => !q || p.code.toLowerCase().includes(q) || p.name.toLowerCase().includes(q),
  );

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={3}>产品目录</Title>
        <Group>
          <Button
            component={Link}
            to={REF_PATHS.import('products')}
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            从 Excel 导入
          </Button>
          <ExportCatalogButton list="products" />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            添加产品
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        产品随参考数据包下发到各办事处,供批号查询和窜货/低价核对使用。规定价在“规定价”页维护。
      </Text>
      <TextInput
        label="搜索产品"
        placeholder="产品编码或名称"
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={320}
      />
      {products && (
        <Paper withBorder p="md">
          {shown.length ? (
            <Table striped aria-label="产品目录">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>产品编码</Table.Th>
                  <Table.Th>产品名称</Table.Th>
                  <Table.Th>规格</Table.Th>
                  <Table.Th>单位</Table.Th>
                  <Table.Th ta="right">今日规定价(元)</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => {
                  const price = current.get(p.code);
                  return (
                    <Table.Tr key={p.code}>
                      <Table.Td>{p.code}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{p.spec}</Table.Td>
                      <Table.Td>{p.unit}</Table.Td>
                      <Table.Td ta="right">
                        {price ? (
                          fenLabel(price.priceFen)
                        ) : (
                          <Text span size="sm" c="dimmed">
                            未定价
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(p)}
                          aria-label={`编辑 ${p.code}`}
                        >
                          编辑
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">
              {products.length ? '没有符合搜索的产品。' : '目录中还没有产品。请点“添加产品”或从 Excel 导入。'}
            </Text>
          )}
        </Paper>
      )}
      {editing && (
        <ProductModal
          product={editing === 'new' ? null : editing}
          takenCodes={codes}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
