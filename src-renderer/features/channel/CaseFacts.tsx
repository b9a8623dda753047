import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChannelCase } from '../../../src-shared/contract/channel';
import { yuanText } from './case-labels';

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}

/** The registered facts of an F11 with what was looked up for them (规定价, 疑似来源). */
export function CaseFacts({ c }: { c: ChannelCase }) {
  const diff = c.listPriceFen === null ? null : c.listPriceFen - c.salePriceFen;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-facts">
      <Title order={4} id="case-facts" mb="sm">
        举报内容
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label="发现日期">{c.foundOn}</Fact>
        <Fact label="销售日期">{c.saleDate}</Fact>
        <Fact label="地点">{c.place}</Fact>
        <Fact label="举报人">{c.reporterName}</Fact>
        <Fact label="产品">{`${c.productName}(${c.productCode})`}</Fact>
        <Fact label="批号">{c.batchNo}</Fact>
        <Fact label="箱码">{c.cartonCode}</Fact>
        <Fact label="数量">{c.quantity}</Fact>
        <Fact label="售价">{yuanText(c.salePriceFen)}</Fact>
        <Fact label="规定价(销售日)">
          {c.listPriceFen === null ? '价格表中没有' : yuanText(c.listPriceFen)}
        </Fact>
        <Fact label="差价">
          {diff === null ? (
            '—'
          ) : diff > 0 ? (
            <Text span c="red" fw={600} size="sm">
              低于规定价 {yuanText(diff)}/单位,合计 {yuanText(diff * c.quantity)}
            </Text>
          ) : (
            '不低于规定价'
          )}
        </Fact>
        <Fact label="当事人">{c.partyName ?? '尚未确定'}</Fact>
        <Fact label="疑似来源" wide>
          {c.sourceDealerName
            ? `${c.sourceDealerName}(${c.sourceDealerCode}),${c.sourceRegionCode} 区域`
            : '未能确定'}
          {c.sourceNote ? `。${c.sourceNote}` : ''}
        </Fact>
        <Fact label="情况说明" wide>
          {c.description}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
