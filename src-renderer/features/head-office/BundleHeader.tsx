import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { formatInstant } from '../../app/format';
import { CurrentBadge } from './badges';
import { revisionLabel } from './labels';

export type HqBundle = OutputOf<'hq.bundles.get'>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Whose bundle, which month and revision, and when it was exported and imported. */
export function BundleHeader({ bundle }: { bundle: HqBundle }) {
  const late = bundle.onTime === false;
  return (
    <Paper withBorder p="md">
      <Group gap="sm" mb="sm">
        <Title order={3}>
          {bundle.office.name} {bundle.period} {revisionLabel(bundle.revision)}
        </Title>
        <CurrentBadge current={bundle.current} />
        {late && (
          <Badge variant="light" color="orange">
            迟交
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Field label="区域">{bundle.office.region || '—'}</Field>
        <Field label="办事处代码">{bundle.office.code}</Field>
        <Field label="月份">{bundle.period}</Field>
        <Field label="导出">
          {formatInstant(bundle.exportedAt)} · {bundle.exportedBy}
        </Field>
        <Field label="导入">{formatInstant(bundle.importedAt)}</Field>
        <Field label="报销售部截止">{formatInstant(bundle.headOfficeDueAt) || '未设定'}</Field>
      </SimpleGrid>
    </Paper>
  );
}
