import { Alert, Modal, Radio, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DevelopmentItem } from '../../../src-shared/contract/development';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

interface Values {
  outcome: '' | 'done' | 'dropped';
  note: string;
}

interface Props {
  item: DevelopmentItem;
  onClose: () => void;
  onClosed: (item: DevelopmentItem) => void;
}

/** Closes an item as 已完成 or 已放弃, with the manager's written reason; it cannot be reopened. */
export function CloseModal({ item, onClose, onClosed }: Props) {
  const form = useForm<Values>({
    initialValues: { outcome: '', note: '' },
    validate: {
      outcome: (v) => (v ? null : '请选择“已完成”或“已放弃”'),
      note: (v) => (!v.trim() ? '请填写关闭说明' : v.trim().length > 500 ? '关闭说明不能超过500个字' : null),
    },
  });
  const close = async (v: Values) => {
    if (!v.outcome) return;
    try {
      const closed = await api('development.close', { id: item.id, outcome: v.outcome, note: v.note.trim() });
      notifyOk(`“${closed.skill}”已关闭。`);
      onClosed(closed);
    } catch (err) {
      showApiErrors(form, err);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`关闭发展项目:${item.userName} · ${item.skill}`}>
      <form onSubmit={form.onSubmit((v) => void close(v))} noValidate>
        <Stack>
          <Text size="sm">{item.goal}</Text>
          <Radio.Group label="关闭结果" withAsterisk {...form.getInputProps('outcome')}>
            <Group mt={4}>
              <Radio value="done" label="已完成" data-autofocus />
              <Radio value="dropped" label="已放弃" />
            </Group>
          </Radio.Group>
          <Textarea
            label="关闭说明"
            withAsterisk
            description="写明完成情况或放弃的原因"
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <Alert variant="light" color="orange" p="xs">
            关闭后不能重新打开;如需继续跟进,请新增项目。
          </Alert>
          <ModalActions onCancel={onClose} confirm="确认关闭" />
        </Stack>
      </form>
    </Modal>
  );
}
