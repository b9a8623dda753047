import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showApiErrors } from '../../api/form-errors';
import { ModalActions } from '../../app/ModalActions';

interface Props {
  title: string;
  /** What the reason is called, e.g. 赢单原因; its messages name it. */
  label: string;
  hint: string;
  confirm: string;
  onClose: () => void;
  /** Throws the API's error, which is shown at the field. */
  onSubmit: (reason: string) => Promise<void>;
}

/** A step that needs a written reason (赢单, 丢单, 重新打开): 2 to 200 characters. */
export function ReasonModal({ title, label, hint, confirm, onClose, onSubmit }: Props) {
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (v) =>
        v.trim().length < 2
          ? `请写明${label}(至少2个字)`
          : v.trim().length > 200
            ? `${label}不能超过200个字`
            : null,
    },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={form.onSubmit(async (v) => {
          try {
            await onSubmit(v.reason.trim());
          } catch (err) {
            showApiErrors(form, err);
          }
        })}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
          <Textarea
            label={label}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <ModalActions onCancel={onClose} confirm={confirm} />
        </Stack>
      </form>
    </Modal>
  );
}
