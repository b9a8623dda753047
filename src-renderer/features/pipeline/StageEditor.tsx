import { ActionIcon, Button, Group, NumberInput, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { EVIDENCE_KINDS } from '../../../src-shared/contract';
import { newItem, type SettingsForm } from './settings-form';

const EVIDENCE_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  none: '无',
  number: '单号',
  file: '附件',
};

interface Props {
  form: SettingsForm;
  index: number;
  count: number;
}

/** One stage of 流程设置: name, probability, day limit, order, and its SOP checklist. */
export function StageEditor({ form, index, count }: Props) {
  const stage = form.values.stages[index]!;
  const path = `stages.${index}`;
  const name = stage.name || `第${index + 1}阶段`;
  return (
    <Paper withBorder p="sm" component="section" aria-label={`阶段 ${name}`}>
      <Group align="flex-start" wrap="nowrap">
        <Text fw={700} mt={28} w={24}>
          {index + 1}
        </Text>
        <TextInput label="阶段名称" withAsterisk w={160} {...form.getInputProps(`${path}.name`)} />
        <NumberInput
          label="赢单概率"
          suffix="%"
          min={0}
          max={100}
          hideControls
          w={100}
          {...form.getInputProps(`${path}.probability`)}
        />
        <NumberInput
          label="停留上限(天)"
          placeholder="不限"
          min={1}
          max={999}
          hideControls
          w={120}
          {...form.getInputProps(`${path}.limitDays`)}
        />
        <Group gap={4} mt={26} ml="auto">
          <ActionIcon
            variant="default"
            aria-label={`上移${name}`}
            disabled={index === 0}
            onClick={() => form.reorderListItem('stages', { from: index, to: index - 1 })}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={`下移${name}`}
            disabled={index === count - 1}
            onClick={() => form.reorderListItem('stages', { from: index, to: index + 1 })}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            color="red"
            aria-label={`删除${name}`}
            disabled={count <= 2}
            onClick={() => form.removeListItem('stages', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Table mt="sm" aria-label={`${name}的检查项`} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>检查项</Table.Th>
            <Table.Th w={110}>凭证</Table.Th>
            <Table.Th w={170}>凭证名称</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stage.checklist.map((item, i) => (
            <Table.Tr key={item.key}>
              <Table.Td>
                <TextInput
                  aria-label={`${name}检查项${i + 1}`}
                  placeholder="如:客户签字确认报价"
                  {...form.getInputProps(`${path}.checklist.${i}.label`)}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${name}检查项${i + 1}的凭证`}
                  data={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_LABELS[k] }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${path}.checklist.${i}.evidence`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${name}检查项${i + 1}的凭证名称`}
                  placeholder={
                    item.evidence === 'number' ? '如:合同编号' : item.evidence === 'file' ? '如:签收单' : ''
                  }
                  disabled={item.evidence === 'none'}
                  {...form.getInputProps(`${path}.checklist.${i}.evidenceLabel`)}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`删除${name}检查项${i + 1}`}
                  onClick={() => form.removeListItem(`${path}.checklist`, i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {typeof form.errors[`${path}.checklist`] === 'string' && (
        <Text size="sm" c="red">
          {form.errors[`${path}.checklist`]}
        </Text>
      )}
      <Button
        variant="subtle"
        size="xs"
        mt={4}
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem(`${path}.checklist`, newItem())}
      >
        添加检查项
      </Button>
    </Paper>
  );
}
