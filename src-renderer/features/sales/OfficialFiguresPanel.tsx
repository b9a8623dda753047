import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { FIGURE_SOURCE_LABELS, type OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { formatYuan, officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';

type Figures = OutputOf<'sales.figures'>;
type Person = { id: number; name: string };

const amount = (v: number | null) => (v === null ? '—' : formatYuan(v));

/**
 * 官方实际业绩 of a month: each rep's figures the KPIs use and where they came from (更正 / 导入 /
 * 本人月报), and 更正 to type a figure the import has wrong, with the reason.
 */
export function OfficialFiguresPanel({ refreshKey }: { refreshKey: number }) {
  const [month, setMonth] = useState(dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM'));
  const [figures, setFigures] = useState<Figures>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [editing, setEditing] = useState<Person | null>(null);

  const load = useCallback(() => {
    api('sales.figures', { from: month, to: month }).then(setFigures, notifyError);
  }, [month]);
  useEffect(load, [load, refreshKey]);
  useEffect(() => {
    api('people.list', {}).then(
      (all) =>
        setPeople(
          all.filter((p) => p.active && p.role === 'rep').map((p) => ({ id: p.id, name: p.displayName })),
        ),
      notifyError,
    );
  }, []);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={4}>官方实际业绩</Title>
        <MonthPickerInput
          label="业绩月份"
          value={`${month}-01`}
          onChange={(v) => v && setMonth(String(v).slice(0, 7))}
          valueFormat="YYYY年M月"
          w={160}
        />
      </Group>
      <Table aria-label={`${month}官方实际业绩`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>营销代表</Table.Th>
            <Table.Th ta="right">销售额(元)</Table.Th>
            <Table.Th ta="right">回款额(元)</Table.Th>
            <Table.Th>来源</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => {
            const f = figures.find((x) => x.userId === p.id);
            return (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td ta="right">{amount(f?.salesActual ?? null)}</Table.Td>
                <Table.Td ta="right">{amount(f?.collectionActual ?? null)}</Table.Td>
                <Table.Td>
                  {f ? (
                    <Badge variant="light" color={f.source === 'adjusted' ? 'orange' : 'blue'}>
                      {FIGURE_SOURCE_LABELS[f.source]}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      无
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setEditing(p)}
                    aria-label={`更正${p.name}的实际业绩`}
                  >
                    更正
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && (
        <CorrectionModal
          month={month}
          person={editing}
          current={figures.find((x) => x.userId === editing.id)}
          onClose={() => setEditing(null)}
          onSaved={(f) => {
            setFigures(f);
            setEditing(null);
          }}
        />
      )}
    </Paper>
  );
}

function CorrectionModal({
  month,
  person,
  current,
  onClose,
  onSaved,
}: {
  month: string;
  person: Person;
  current: Figures[number] | undefined;
  onClose: () => void;
  onSaved: (f: Figures) => void;
}) {
  const form = useForm({
    initialValues: {
      salesActual: (current?.salesActual ?? '') as number | string,
      collectionActual: (current?.collectionActual ?? '') as number | string,
      reason: '',
    },
    validate: { reason: (v) => (v.trim().length >= 2 ? null : '请写明更正原因') },
  });
  const submit = async () => {
    if (form.validate().hasErrors) return;
    const n = (v: number | string) => (typeof v === 'number' ? v : null);
    try {
      const saved = await api('sales.correctActuals', {
        userId: person.id,
        month,
        salesActual: n(form.values.salesActual),
        collectionActual: n(form.values.collectionActual),
        reason: form.values.reason,
      });
      notifyOk(`已更正${person.name} ${month} 的实际业绩。`);
      onSaved(saved);
    } catch (err) {
      showApiErrors(form, err);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`更正实际业绩:${person.name} ${month}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            更正后的数字优先于导入和本人月报;两项都留空则撤销更正。
          </Text>
          <NumberInput
            label="销售额(元)"
            min={0}
            decimalScale={2}
            hideControls
            thousandSeparator=","
            data-autofocus
            {...form.getInputProps('salesActual')}
          />
          <NumberInput
            label="回款额(元)"
            min={0}
            decimalScale={2}
            hideControls
            thousandSeparator=","
            {...form.getInputProps('collectionActual')}
          />
          <TextInput label="更正原因" {...form.getInputProps('reason')} />
          <ModalActions onCancel={onClose} confirm="保存更正" />
        </Stack>
      </form>
    </Modal>
  );
}
