import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
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
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { formatInstant, formatYuan, officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';

type BonusMonth = OutputOf<'bonus.month'>;

/**
 * 奖金核算: each rep's bonus of a month with every line's basis; manual deductions while the month
 * is open; the manager's approval locks it, and later changes come as adjustment lines next month.
 */
export function BonusPage() {
  const { user } = useSession();
  const manager = user.role === 'manager';
  const [month, setMonth] = useState(dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM'));
  const [data, setData] = useState<BonusMonth | null>(null);
  const [deducting, setDeducting] = useState(false);

  const load = useCallback(() => {
    api('bonus.month', { month }).then(setData, notifyError);
  }, [month]);
  useEffect(load, [load]);

  const [confirming, setConfirming] = useState(false);
  const approve = async () => {
    try {
      setData(await api('bonus.approve', { month }));
      notifyOk(`${month} 奖金已审核锁定。`);
    } catch (err) {
      notifyError(err);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>奖金核算</Title>
        <Group align="flex-end">
          <MonthPickerInput
            label="月份"
            value={`${month}-01`}
            onChange={(v) => v && setMonth(String(v).slice(0, 7))}
            valueFormat="YYYY年M月"
            w={160}
          />
          {manager && data && !data.locked && (
            <>
              <Button variant="default" onClick={() => setDeducting(true)}>
                登记扣款
              </Button>
              <Button onClick={() => setConfirming(true)}>审核并锁定</Button>
            </>
          )}
        </Group>
      </Group>
      {data?.locked && (
        <Alert color="green" title="本月奖金已审核锁定">
          之后的更正将作为调整记入下一个月的奖金。
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {(data?.statements ?? []).map((s) => (
          <Paper key={s.userId} withBorder p="md">
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{s.name}</Text>
              {s.approved ? (
                <Badge color="green" variant="light">
                  {s.approved.by} {formatInstant(s.approved.at)} 审核
                </Badge>
              ) : (
                <Badge color="gray" variant="light">
                  未审核
                </Badge>
              )}
            </Group>
            <Table aria-label={`${s.name}的奖金核算`}>
              <Table.Tbody>
                {s.lines.map((l, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{l.label}</Table.Td>
                    <Table.Td c="dimmed" fz="sm">
                      {l.basis}
                    </Table.Td>
                    <Table.Td ta="right">{formatYuan(l.amount)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td fw={600}>应发奖金</Table.Td>
                  <Table.Td />
                  <Table.Td ta="right" fw={600}>
                    {formatYuan(s.total)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      </SimpleGrid>
      {data && data.statements.length === 0 && <Text c="dimmed">这个月没有需要核算奖金的营销代表。</Text>}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`审核 ${month} 奖金`}>
        <Stack>
          <Text size="sm">审核后本月奖金锁定,不能再扣款或修改;之后的更正将作为调整记入下一个月。</Text>
          <ModalActions
            onCancel={() => setConfirming(false)}
            confirm="审核并锁定"
            onConfirm={() => void approve()}
          />
        </Stack>
      </Modal>
      {deducting && data && (
        <DeductionModal
          month={month}
          reps={data.statements.map((s) => ({ value: String(s.userId), label: s.name }))}
          onClose={() => setDeducting(false)}
          onSaved={(r) => {
            setDeducting(false);
            setData(r);
          }}
        />
      )}
    </Stack>
  );
}

function DeductionModal({
  month,
  reps,
  onClose,
  onSaved,
}: {
  month: string;
  reps: { value: string; label: string }[];
  onClose: () => void;
  onSaved: (r: BonusMonth) => void;
}) {
  const form = useForm({
    initialValues: { userId: null as string | null, amount: '' as number | string, reason: '' },
    validate: {
      userId: (v) => (v ? null : '请选择营销代表'),
      amount: (v) => (typeof v === 'number' && v > 0 ? null : '请填写扣款金额'),
      reason: (v) => (v.trim().length >= 2 ? null : '请写明扣款原因'),
    },
  });
  const submit = async () => {
    if (form.validate().hasErrors) return;
    try {
      const r = await api('bonus.deduct', {
        month,
        userId: Number(form.values.userId),
        amount: form.values.amount as number,
        reason: form.values.reason,
      });
      notifyOk('已登记扣款。');
      onSaved(r);
    } catch (err) {
      showApiErrors(form, err);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`登记扣款(${month})`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select label="营销代表" data={reps} data-autofocus {...form.getInputProps('userId')} />
          <NumberInput
            label="扣款金额(元)"
            min={0}
            decimalScale={2}
            hideControls
            {...form.getInputProps('amount')}
          />
          <TextInput label="扣款原因" {...form.getInputProps('reason')} />
          <ModalActions onCancel={onClose} confirm="登记扣款" />
        </Stack>
      </form>
    </Modal>
  );
}
