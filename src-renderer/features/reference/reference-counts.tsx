import { Group, Text } from '@mantine/core';
import type { ReferenceCounts } from '../../../src-shared/contract/reference-bundles';

/** 产品 2 · 规定价 3 · 经销商 3 · 发货明细 4: what a bundle or an import carries. */
export function CountsLine({ counts }: { counts: ReferenceCounts }) {
  const parts: [string, number][] = [
    ['产品', counts.products],
    ['规定价', counts.prices],
    ['经销商', counts.dealers],
    ['发货明细', counts.shipments],
  ];
  return (
    <Group gap="md">
      {parts.map(([label, n]) => (
        <Text key={label} size="sm">
          {label} <b>{n.toLocaleString('zh-CN')}</b> 条
        </Text>
      ))}
    </Group>
  );
}
