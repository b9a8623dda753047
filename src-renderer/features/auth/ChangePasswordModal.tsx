import { Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

/** Lets any signed-in person change their own password. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm({
    initialValues: { current: '', next: '', confirm: '' },
    validate: {
      current: (v) => (v ? null : '请填写当前密码'),
      next: (v) => (v.length >= 8 ? null : '新密码至少8位'),
      confirm: (v, values) => (v === values.next ? null : '两次输入的密码不一致'),
    },
  });
  const submit = form.onSubmit(async ({ current, next }) => {
    try {
      await api('auth.changePassword', { current, next });
      notifyOk('密码已修改。');
      form.reset();
      onClose();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title="修改密码">
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput label="当前密码" {...form.getInputProps('current')} data-autofocus />
          <PasswordInput label="新密码" description="至少8位" {...form.getInputProps('next')} />
          <PasswordInput label="确认新密码" {...form.getInputProps('confirm')} />
          <ModalActions onCancel={onClose} confirm="保存" />
        </Stack>
      </form>
    </Modal>
  );
}
