import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { LookupResult } from '../../../src-shared/contract/reference';
import { api, ApiCallError } from '../../api/client';
import { notifyError } from '../../api/notify';
import { fenLabel, REF_PATHS } from './reference-format';
import { ShipmentModal } from './ShipmentModal';

function LookupTable({ result }: { result: LookupResult }) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped withTableBorder aria-label="发货记录" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>发货单号</Table.Th>
            <Table.Th>发货日期</Table.Th>
            <Table.Th>经销商</Table.Th>
            <Table.Th>区域</Table.Th>
            <Table.Th>产品</Table.Th>
            <Table.Th>批号</Table.Th>
            <Table.Th>箱码</Table.Th>
            <Table.Th ta="right">数量</Table.Th>
            <Table.Th ta="right">单价(元)</Table.Th>
            <Table.Th ta="right">规定价(元)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.matches.map((m) => (
            <Table.Tr key={`${m.docNo}-${m.lineNo}`}>
              <Table.Td>
                {m.docNo} / {m.lineNo}
              </Table.Td>
              <Table.Td>{m.shipDate}</Table.Td>
              <Table.Td>
                {m.dealer.name}({m.dealer.code})
                {m.dealer.shipmentStop && (
                  <Text span size="sm" c="red" fw={600} ml={6}>
                    已停止发货
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{m.regionCode}</Table.Td>
              <Table.Td>
                {m.product.name} {m.product.spec}
              </Table.Td>
              <Table.Td>{m.batchNo}</Table.Td>
              <Table.Td>
                {m.cartonFrom}–{m.cartonTo}
              </Table.Td>
              <Table.Td ta="right">{m.quantity}</Table.Td>
              <Table.Td ta="right">{fenLabel(m.unitPriceFen)}</Table.Td>
              <Table.Td ta="right">{m.listPriceFen === null ? '—' : fenLabel(m.listPriceFen)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * 发货明细: shipments come from the warehouse's sheet (导入发货明细); here they are found by a 批号
 * or a carton code, as an office's lookup will find them.
 */
export function ShipmentsPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [busy, setBusy] = useState(false);

  const [entering, setEntering] = useState(false);

  const search = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return setError('请输入批号或箱码');
    void find(code);
  };
  const find = async (wanted: string) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api('reference.lookup', { code: wanted }));
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields?.code) setError(err.error.fields.code);
      else notifyError(err, '未能查询');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>发货明细</Title>
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEntering(true)}>
            登记发货
          </Button>
          <Button
            component={Link}
            to={REF_PATHS.import('shipments')}
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            导入发货明细
          </Button>
        </Group>
      </Group>
      {entering && (
        <ShipmentModal
          onClose={() => setEntering(false)}
          onSaved={(saved) => {
            setEntering(false);
            setCode(saved.cartonFrom);
            void find(saved.cartonFrom);
          }}
        />
      )}
      <Text size="sm" c="dimmed">
        发货明细从仓库的 Excel
        表导入(每行一段箱码),个别补录的发货单可在“登记发货”中录入。按批号或箱码可查到发给了哪个经销商、哪个区域。
      </Text>
      <Paper withBorder p="md">
        <form onSubmit={search}>
          <Group align="flex-start">
            <TextInput
              label="批号或箱码"
              placeholder="输入或扫码后按回车"
              leftSection={<IconSearch size={16} />}
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              w={320}
            />
            <Button type="submit" mt={25} loading={busy}>
              查询
            </Button>
          </Group>
        </form>
        {result && (
          <Stack mt="md" gap="xs">
            {result.unknown ? (
              <Alert color="gray" role="status">
                没有找到“{result.code}”的发货记录。请核对批号或箱码;如是新发的货,请先导入发货明细。
              </Alert>
            ) : (
              <>
                <Text size="sm" role="status">
                  “{result.code}”共找到 {result.matches.length} 条发货记录
                  {result.more ? '(只列出一部分,请输入箱码缩小范围)' : ''}。
                </Text>
                <LookupTable result={result} />
              </>
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
