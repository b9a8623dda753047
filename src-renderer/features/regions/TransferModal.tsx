import { Checkbox, Modal, ScrollArea, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { OwnerCustomers } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { submitOnCtrlEnter } from './submit-keys';

const keyOf = (userId: number | null) => String(userId ?? 'none');

interface Props {
  owners: readonly OwnerCustomers[];
  /** Whose customers the dialog opens with (null: the unassigned). */
  from: number | null;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * 客户移交: some of one owner's customers go to a rep at work from an office day on, with the
 * reason; the earlier owner stays in each customer's 归属记录.
 */
export function TransferModal({ owners, from, onClose, onSaved }: Props) {
  const today = officeToday();
  const sources = owners.filter((o) => o.count > 0);
  const form = useForm({
    initialValues: {
      from: keyOf(from),
      customerIds: [] as string[],
      toUserId: null as string | null,
      fromDay: today as string | null,
      reason: '',
    },
    validate: {
      customerIds: (v) => (v.length ? null : '请选择要移交的客户'),
      toUserId: (v) => (v ? null : '请选择接收的营销代表'),
      fromDay: (v) => (!v ? '请填写移交日期' : v > today ? '移交日期不能晚于今天' : null),
      reason: (v) =>
        v.trim().length < 2
          ? '请写明移交原因(至少2个字)'
          : v.trim().length > 200
            ? '移交原因不能超过200个字'
            : null,
    },
  });
  const v = form.values;
  const source = sources.find((o) => keyOf(o.userId) === v.from);
  const reps = owners.filter(
    (o) => o.role === 'rep' && o.active && o.userId !== null && keyOf(o.userId) !== v.from,
  );
  const all = source?.customers ?? [];

  const submit = async () => {
    if (form.validate().hasErrors) return;
    const to = reps.find((r) => String(r.userId) === v.toUserId);
    try {
      const { moved } = await api('customers.transfer', {
        customerIds: v.customerIds.map(Number),
        toUserId: Number(v.toUserId),
        fromDay: v.fromDay!,
        reason: v.reason,
      });
      notifyOk(`已将${moved}个客户移交给${to?.name ?? '接收人'},自 ${v.fromDay} 起由其负责。`);
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <Modal opened onClose={onClose} title="客户移交" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={submitOnCtrlEnter(() => void submit())}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <Select
              label="原负责人"
              data={sources.map((o) => ({ value: keyOf(o.userId), label: `${o.name}(${o.count}个客户)` }))}
              allowDeselect={false}
              value={v.from}
              onChange={(next) => {
                if (!next) return;
                form.setFieldValue('from', next);
                form.setFieldValue('customerIds', []);
                if (next === v.toUserId) form.setFieldValue('toUserId', null);
              }}
            />
            <Select
              label="接收人"
              withAsterisk
              placeholder="选择营销代表"
              data={reps.map((r) => ({ value: String(r.userId), label: r.name }))}
              searchable
              {...form.getInputProps('toUserId')}
            />
          </SimpleGrid>
          <Checkbox
            label={`全选(${v.customerIds.length}/${all.length})`}
            checked={all.length > 0 && v.customerIds.length === all.length}
            indeterminate={v.customerIds.length > 0 && v.customerIds.length < all.length}
            onChange={(e) =>
              form.setFieldValue('customerIds', e.currentTarget.checked ? all.map((c) => String(c.id)) : [])
            }
            data-autofocus
          />
          <Checkbox.Group label="移交的客户" withAsterisk {...form.getInputProps('customerIds')}>
            <ScrollArea.Autosize mah={220} type="auto" mt={6}>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
                {all.map((c) => (
                  <Checkbox
                    key={c.id}
                    value={String(c.id)}
                    label={c.grade ? `${c.name}(${c.grade}级)` : c.name}
                  />
                ))}
              </SimpleGrid>
            </ScrollArea.Autosize>
          </Checkbox.Group>
          <SimpleGrid cols={2}>
            <DateInput
              label="移交日期"
              withAsterisk
              description="从这天起由接收人负责"
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              maxDate={today}
              {...form.getInputProps('fromDay')}
            />
            <TextInput
              label="移交原因"
              withAsterisk
              placeholder="如:王芳调往宁波片区"
              {...form.getInputProps('reason')}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            移交后原负责人保留在各客户的归属记录中。按 Ctrl+Enter 确认移交。
          </Text>
          <ModalActions onCancel={onClose} confirm="确认移交" />
        </Stack>
      </form>
    </Modal>
  );
}
