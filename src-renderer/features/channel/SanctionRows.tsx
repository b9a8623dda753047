import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { SANCTION_KINDS, SANCTION_LABELS, type SanctionKind } from '../../../src-shared/domain/channel';

export interface SanctionValues {
  dealerCode: string;
  kind: SanctionKind | null;
  fromDay: string | null;
  toDay: string | null;
}

const KIND_OPTIONS = SANCTION_KINDS.map((k) => ({ value: k, label: SANCTION_LABELS[k] }));

/** 对经销商的处罚: 停止发货, 终止协议 or 取消经销资格, each from a day, optionally until one. */
export function SanctionRows<T extends { sanctions: SanctionValues[] }>({
  form,
  defaultDealer,
  today,
}: {
  form: UseFormReturnType<T>;
  defaultDealer: string;
  today: string;
}) {
  const rows = form.values.sanctions;
  const f = form as unknown as UseFormReturnType<{ sanctions: SanctionValues[] }>;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          对经销商的处罚
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= 10}
          onClick={() =>
            f.insertListItem('sanctions', {
              dealerCode: defaultDealer,
              kind: null,
              fromDay: today,
              toDay: null,
            })
          }
        >
          添加处罚
        </Button>
      </Group>
      {rows.length === 0 && (
        <Text size="xs" c="dimmed">
          不处罚经销商时不用添加。
        </Text>
      )}
      {rows.map((_, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" role="group" aria-label={`处罚 ${i + 1}`}>
          <TextInput label="经销商编码" w={130} {...f.getInputProps(`sanctions.${i}.dealerCode`)} />
          <Select label="处罚方式" w={150} data={KIND_OPTIONS} {...f.getInputProps(`sanctions.${i}.kind`)} />
          <DateInput
            label="开始日期"
            w={130}
            valueFormat="YYYY-MM-DD"
            {...f.getInputProps(`sanctions.${i}.fromDay`)}
          />
          <DateInput
            label="结束日期"
            w={130}
            valueFormat="YYYY-MM-DD"
            placeholder="长期"
            clearable
            {...f.getInputProps(`sanctions.${i}.toDay`)}
          />
          <ActionIcon
            mt={28}
            variant="subtle"
            color="red"
            aria-label={`删除处罚 ${i + 1}`}
            onClick={() => f.removeListItem('sanctions', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

/** The screen's check of one sanction row, before the API checks it again. */
export function sanctionProblems(rows: SanctionValues[]): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((s, i) => {
    if (!s.dealerCode.trim()) out[`sanctions.${i}.dealerCode`] = '请填写经销商编码';
    if (!s.kind) out[`sanctions.${i}.kind`] = '请选择处罚方式';
    if (!s.fromDay) out[`sanctions.${i}.fromDay`] = '请填写开始日期';
    if (s.fromDay && s.toDay && s.toDay < s.fromDay) out[`sanctions.${i}.toDay`] = '结束日期不能早于开始日期';
  });
  return out;
}
