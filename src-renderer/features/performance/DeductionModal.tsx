import { Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

type BonusMonth = OutputOf<'bonus.month'>;

/** 登记扣款: a manual deduction from a rep's bonus of an open month, with its reason. */
export function DeductionModal({
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
