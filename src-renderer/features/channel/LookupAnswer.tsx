import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFilePlus } from '@tabler/icons-react';
import type { LookupResult } from '../../../src-shared/contract/reference';
import { agreementProblem, yuanText } from './case-labels';

type Match = LookupResult['matches'][number];

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** One shipment line a code leads to, with what tells diversion or a stopped dealer at a glance. */
function MatchCard({ m, onRegister }: { m: Match; onRegister?: (m: Match) => void }) {
  const agreement = agreementProblem(m.dealer.agreementStatus);
  return (
    <Paper withBorder p="sm" component="section" aria-label={`发货 ${m.docNo}`}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Text fw={700}>
            {m.product.name} <Text span c="dimmed" size="sm">{`${m.product.code} ${m.product.spec}`}</Text>
          </Text>
          <Text size="sm">
            {m.dealer.name}({m.dealer.code})· 区域 {m.regionCode}
          </Text>
        </div>
        <Group gap={6}>
          {m.otherRegion && (
            <Badge color="red" size="lg" leftSection={<IconAlertTriangle size={14} />}>
              非本区域
            </Badge>
          )}
          {agreement && (
            <Badge color="red" variant="outline">
              {agreement}
            </Badge>
          )}
          {m.dealer.shipmentStop && (
            <Badge color="red" variant="outline">
              已停止发货
            </Badge>
          )}
        </Group>
      </Group>
      {m.otherRegion && (
        <Text c="red" fw={600} size="sm" mb="xs">
          该货发往 {m.regionCode} 区域的经销商,不是本区域的货,疑似窜货。
        </Text>
      )}
      {m.dealer.shipmentStop && (
        <Text c="red" size="sm" mb="xs">
          自 {m.dealer.shipmentStop.from} 起停止发货:{m.dealer.shipmentStop.reason}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Fact label="发货日期">{m.shipDate}</Fact>
        <Fact label="数量">{m.quantity.toLocaleString('zh-CN')}</Fact>
        <Fact label="发货单价">{yuanText(m.unitPriceFen)}</Fact>
        <Fact label="规定价(发货日)">{yuanText(m.listPriceFen)}</Fact>
        <Fact label="批号">{m.batchNo}</Fact>
        <Fact label="箱码范围">{m.cartonFrom && m.cartonTo ? `${m.cartonFrom} – ${m.cartonTo}` : '—'}</Fact>
        <Fact label="发货单号">{`${m.docNo} 第${m.lineNo}行`}</Fact>
        <Fact label="查到方式">{m.matchedBy === 'carton' ? '按箱码' : '按批号'}</Fact>
      </SimpleGrid>
      {onRegister && (
        <Group justify="flex-end" mt="sm">
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => onRegister(m)}>
            登记窜货/低价
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** The lookup's answer: the shipment lines found, or plainly that the code is unknown. */
export function LookupAnswer({
  result,
  onRegister,
}: {
  result: LookupResult;
  onRegister?: (m: Match) => void;
}) {
  if (result.unknown || result.matches.length === 0)
    return (
      <Alert color="gray" title="未找到该批号/箱码" role="status">
        发货记录中没有“{result.code}”。请核对纸箱上的批号或箱码;若是新近发货,请先导入总部最新的参考数据。
      </Alert>
    );
  return (
    <Stack gap="sm" role="status" aria-label="查询结果">
      {result.matches.length > 1 && (
        <Text size="sm" c="dimmed">
          “{result.code}”对应 {result.matches.length} 条发货记录{result.more ? '(只显示前几条)' : ''}
          ,输入箱码可确定具体是哪一笔。
        </Text>
      )}
      {result.matches.map((m) => (
        <MatchCard key={`${m.docNo}-${m.lineNo}`} m={m} onRegister={onRegister} />
      ))}
    </Stack>
  );
}

export type { Match as LookupMatch };
