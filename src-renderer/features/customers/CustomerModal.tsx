import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CUSTOMER_GRADES, CUSTOMER_TYPES, type Customer } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { ModalActions } from '../../app/ModalActions';

interface Props {
  customer: Customer | null;
  initialName?: string;
  onClose: () => void;
  onSaved: (c: Customer) => void;
}

/** Creates or edits one customer file entry. */
export function CustomerModal({ customer, initialName = '', onClose, onSaved }: Props) {
  const { user } = useSession();
  const form = useForm({
    initialValues: {
      name: customer?.name ?? initialName,
      type: customer?.type ?? '',
      grade: customer?.grade ?? '',
      address: customer?.address ?? '',
      contact: customer?.contact ?? '',
      contactTitle: customer?.contactTitle ?? '',
      phone: customer?.phone ?? '',
    },
    validate: { name: (v) => (v.trim() ? null : '请填写客户名称') },
  });
  const submit = async () => {
    if (form.validate().hasErrors) return;
    const v = form.values;
    const fields = {
      ...v,
      grade: v.grade as Customer['grade'],
      ownerId: customer ? customer.ownerId : user.role === 'rep' ? user.id : null,
    };
    try {
      const saved = customer
        ? await api('customers.update', { ...fields, id: customer.id })
        : await api('customers.create', fields);
      notifyOk(customer ? '客户已保存。' : `已新建客户“${saved.name}”。`);
      onSaved(saved);
    } catch (err) {
      showApiErrors(form, err);
    }
  };
  return (
    <Modal opened onClose={onClose} title={customer ? `编辑客户 ${customer.name}` : '新建客户'} size="lg">
      {/* Not a <form>: this dialog can open from inside the report editor's form. */}
      <Stack
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
            e.preventDefault();
            e.stopPropagation();
            void submit();
          }
        }}
      >
        <TextInput label="客户名称" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <Select label="客户类型" data={[...CUSTOMER_TYPES]} clearable {...form.getInputProps('type')} />
          <Select label="客户等级" data={[...CUSTOMER_GRADES]} clearable {...form.getInputProps('grade')} />
          <TextInput label="联系人" {...form.getInputProps('contact')} />
          <TextInput label="职务" {...form.getInputProps('contactTitle')} />
          <TextInput label="电话" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <TextInput label="地址" {...form.getInputProps('address')} />
        <ModalActions onCancel={onClose} confirm="保存客户" onConfirm={() => void submit()} />
      </Stack>
    </Modal>
  );
}
