import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { OpportunityDetail } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { ModalActions } from '../../app/ModalActions';
import { CustomerSelect } from './CustomerSelect';
import {
  emptyFields,
  OpportunityFieldInputs,
  type FieldValues,
  validateFields,
} from './OpportunityFieldInputs';

interface Props {
  onClose: () => void;
  onCreated: (detail: OpportunityDetail) => void;
}

/**
 * 新建商机: for a customer of the file; it starts in the first stage. The owner defaults to the
 * customer's; the manager may give it to someone else.
 */
export function CreateOpportunityModal({ onClose, onCreated }: Props) {
  const { user } = useSession();
  const form = useForm<FieldValues & { customerId: string | null }>({
    initialValues: { customerId: null, ...emptyFields() },
    validate: { customerId: (v) => (v ? null : '请选择客户'), ...validateFields },
  });

  const submit = async () => {
    if (form.validate().hasErrors) return;
    const v = form.values;
    try {
      const detail = await api('pipeline.create', {
        customerId: Number(v.customerId),
        title: v.title,
        productLine: v.productLine,
        amount: Number(v.amount),
        expectedClose: v.expectedClose!,
        ...(v.ownerId ? { ownerId: Number(v.ownerId) } : {}),
      });
      notifyOk(`已新建商机“${detail.opportunity.customerName} · ${detail.opportunity.title}”。`);
      onCreated(detail);
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <Modal opened onClose={onClose} title="新建商机" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <CustomerSelect
            value={form.values.customerId}
            error={form.errors.customerId as string | undefined}
            onChange={(id, c) => {
              form.setFieldValue('customerId', id);
              // The customer's owner is the usual owner of its opportunities.
              if (user.role === 'manager' && c?.ownerId && !form.values.ownerId) {
                form.setFieldValue('ownerId', String(c.ownerId));
              }
            }}
          />
          <OpportunityFieldInputs form={form} ownerField={user.role === 'manager'} />
          <ModalActions onCancel={onClose} confirm="新建商机" />
        </Stack>
      </form>
    </Modal>
  );
}
