import { Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TARGET_METRICS, type TargetView } from '../../../src-shared/contract';
import { toFen, toYuan } from '../../../src-shared/domain/performance';
import { api } from '../../api/client';
import { formatYuan } from '../../app/format';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

/** 季度调整: new amounts for one quarter's months, who asked and why; saved as a new version. */
export function AdjustTargetModal({
  target,
  onClose,
  onSaved,
}: {
  target: TargetView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const monthsOf = (q: number) => target.months.slice((q - 1) * 3, q * 3);
  const form = useForm({
    initialValues: {
      quarter: '1',
      months: monthsOf(1) as (number | string)[],
      reason: '',
      requestedBy: target.scope === 'rep' ? target.name : '',
    },
    validate: {
      months: (ms) => (ms.every((m) => typeof m === 'number' && m >= 0) ? null : '请填写该季度 3 个月的目标'),
      reason: (v) => (v.trim().length >= 2 ? null : '请写明调整原因'),
      requestedBy: (v) => (v.trim() ? null : '请写明由谁提出'),
    },
  });
  const q = Number(form.values.quarter);
  const oldAmount = toYuan(monthsOf(q).reduce((a, b) => a + toFen(b), 0));
  const newAmount = toYuan(
    form.values.months.reduce<number>((a, b) => a + toFen(typeof b === 'number' ? b : 0), 0),
  );

  const submit = async () => {
    if (form.validate().hasErrors) return;
    try {
      await api('targets.adjust', {
        targetId: target.id,
        quarter: q,
        months: form.values.months.map((m) => m as number),
        reason: form.values.reason,
        requestedBy: form.values.requestedBy,
        version: target.version,
      });
      notifyOk(`已调整第${q}季度目标,记为第${target.version + 1}版。`);
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`季度调整:${target.name} ${target.year}年${TARGET_METRICS[target.metric]}目标`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label="调整季度"
            data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: `第${n}季度` }))}
            allowDeselect={false}
            data-autofocus
            value={form.values.quarter}
            onChange={(v) => {
              if (!v) return;
              form.setFieldValue('quarter', v);
              form.setFieldValue('months', monthsOf(Number(v)));
            }}
          />
          <SimpleGrid cols={3}>
            {[0, 1, 2].map((i) => (
              <NumberInput
                key={i}
                label={`${(q - 1) * 3 + i + 1}月(元)`}
                thousandSeparator=","
                decimalScale={2}
                min={0}
                hideControls
                {...form.getInputProps(`months.${i}`)}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            第{q}季度:原 {formatYuan(oldAmount)} 元 → 调整后 {formatYuan(newAmount)} 元
          </Text>
          <TextInput label="调整原因" withAsterisk {...form.getInputProps('reason')} />
          <TextInput label="提出人" withAsterisk {...form.getInputProps('requestedBy')} />
          <Text size="sm" c="dimmed">
            调整记为新版本,原目标保留在调整记录中,不会被改写。
          </Text>
          {form.errors.months && (
            <Text size="sm" c="red" role="alert">
              {form.errors.months}
            </Text>
          )}
          <ModalActions onCancel={onClose} confirm="保存调整" />
        </Stack>
      </form>
    </Modal>
  );
}
