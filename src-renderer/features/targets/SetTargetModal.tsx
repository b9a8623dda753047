import { Modal, NumberInput, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { TARGET_METRICS, type UserSummary } from '../../../src-shared/contract';
import { splitAnnualTarget, SPLIT_METHODS, type SplitMethod } from '../../../src-shared/domain/performance';
import { api } from '../../api/client';
import { formatYuan } from '../../app/format';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

interface Props {
  year: number;
  metric: keyof typeof TARGET_METRICS;
  scope: 'region' | 'rep';
  onClose: () => void;
  onSaved: () => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** Sets the region's or a rep's annual target and how it is split into months. */
export function SetTargetModal({ year, metric, scope, onClose, onSaved }: Props) {
  const [reps, setReps] = useState<UserSummary[]>([]);
  useEffect(() => {
    if (scope === 'rep')
      api('people.list', {}).then((p) => setReps(p.filter((u) => u.role === 'rep' && u.active)), notifyError);
  }, [scope]);
  const form = useForm({
    initialValues: {
      userId: null as string | null,
      annual: '' as number | string,
      method: 'equal' as SplitMethod,
      months: Array<number | string>(12).fill(''),
    },
    validate: {
      userId: (v) => (scope === 'rep' && !v ? '请选择营销代表' : null),
      annual: (v) => (typeof v === 'number' && v >= 0 ? null : '请填写年度目标(元)'),
    },
  });
  const v = form.values;
  const typedMonths = v.months.map((m) => (typeof m === 'number' ? m : 0));
  // What the equal or typed split will give, shown before saving; last year's shares are read by the server.
  let preview: string | null = null;
  if (typeof v.annual === 'number' && v.method !== 'lastYear') {
    try {
      const months = splitAnnualTarget(v.annual, v.method, v.method === 'typed' ? typedMonths : []);
      preview = `每月:${months.map(formatYuan).join('、')}`;
    } catch (err) {
      preview = (err as Error).message;
    }
  }

  const submit = async () => {
    if (form.validate().hasErrors) return;
    try {
      await api('targets.set', {
        year,
        scope,
        ...(scope === 'rep' ? { userId: Number(v.userId) } : {}),
        metric,
        annual: v.annual as number,
        method: v.method,
        ...(v.method === 'typed' ? { months: typedMonths } : {}),
      });
      notifyOk(`已设定${year}年${TARGET_METRICS[metric]}目标。`);
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`设定${year}年${scope === 'region' ? '区域' : '个人'}${TARGET_METRICS[metric]}目标`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {scope === 'rep' && (
            <Select
              label="营销代表"
              data={reps.map((r) => ({ value: String(r.id), label: r.displayName }))}
              searchable
              data-autofocus
              {...form.getInputProps('userId')}
            />
          )}
          <NumberInput
            label="年度目标(元)"
            thousandSeparator=","
            decimalScale={2}
            min={0}
            hideControls
            data-autofocus={scope === 'region' || undefined}
            {...form.getInputProps('annual')}
          />
          <Radio.Group label="分解到各月" {...form.getInputProps('method')}>
            <Stack gap={6} mt={6}>
              {(Object.entries(SPLIT_METHODS) as [SplitMethod, string][]).map(([value, label]) => (
                <Radio key={value} value={value} label={label} />
              ))}
            </Stack>
          </Radio.Group>
          {v.method === 'lastYear' && (
            <Text size="sm" c="dimmed">
              按{year - 1}年各月的官方{TARGET_METRICS[metric]}占比分解;去年没有数据时平均分配。
            </Text>
          )}
          {v.method === 'typed' && (
            <SimpleGrid cols={4}>
              {MONTHS.map((label, i) => (
                <NumberInput
                  key={label}
                  label={label}
                  thousandSeparator=","
                  decimalScale={2}
                  min={0}
                  hideControls
                  {...form.getInputProps(`months.${i}`)}
                />
              ))}
            </SimpleGrid>
          )}
          {preview && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {preview}
            </Text>
          )}
          {form.errors.months && (
            <Text size="sm" c="red" role="alert">
              {form.errors.months}
            </Text>
          )}
          <ModalActions onCancel={onClose} confirm="保存目标" />
        </Stack>
      </form>
    </Modal>
  );
}
