import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, deliverFile } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { ModalActions } from '../../app/ModalActions';

/** Asks for the fax's addressee and builds one Word file: the cover sheet, then the reports. */
export function FaxPackModal({ reportIds, onClose }: { reportIds: number[]; onClose: () => void }) {
  const form = useForm({
    initialValues: { to: '销售部', toFax: '', subject: '报送报表' },
    validate: {
      to: (v) => (v.trim() ? null : '请填写收件方'),
      toFax: (v) => (v.trim() ? null : '请填写对方传真号'),
      subject: (v) => (v.trim() ? null : '请填写事由'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const file = await api('documents.faxPack', { ...values, reportIds });
      await deliverFile(file);
      onClose();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Modal opened onClose={onClose} title="生成传真(封面 + 报表)">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">共 {reportIds.length} 份报表,封面在第一页。</Text>
          <TextInput label="收件方" data-autofocus {...form.getInputProps('to')} />
          <TextInput label="对方传真号" {...form.getInputProps('toFax')} />
          <TextInput label="事由" {...form.getInputProps('subject')} />
          <ModalActions onCancel={onClose} confirm="生成 Word" />
        </Stack>
      </form>
    </Modal>
  );
}
