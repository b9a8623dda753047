import { Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Opportunity, OpportunityDetail } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { OpportunityFieldInputs, type FieldValues, validateFields } from './OpportunityFieldInputs';

const valuesOf = (o: Opportunity): FieldValues => ({
  title: o.title,
  productLine: o.productLine,
  amount: o.amount,
  expectedClose: o.expectedClose,
  ownerId: String(o.ownerId),
});

interface Props {
  opportunity: Opportunity;
  onSaved: (detail: OpportunityDetail) => void;
}

/** 商机信息: what is sold, amount, expected close and (for the manager) the owner; editable while open. */
export function OpportunityEditForm({ opportunity: o, onSaved }: Props) {
  const { user } = useSession();
  const readOnly = o.status !== 'open';
  const form = useForm<FieldValues>({ initialValues: valuesOf(o), validate: validateFields });

  const save = async (v: FieldValues) => {
    try {
      const detail = await api('pipeline.update', {
        id: o.id,
        title: v.title,
        productLine: v.productLine,
        amount: Number(v.amount),
        expectedClose: v.expectedClose!,
        ...(v.ownerId ? { ownerId: Number(v.ownerId) } : {}),
      });
      form.resetDirty(valuesOf(detail.opportunity));
      notifyOk('商机已保存。');
      onSaved(detail);
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} aria-label="商机信息">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>商机信息</Title>
          {!readOnly && (
            <Button type="submit" size="xs" disabled={!form.isDirty()}>
              保存
            </Button>
          )}
        </Group>
        <OpportunityFieldInputs form={form} ownerField={user.role === 'manager'} readOnly={readOnly} />
      </Stack>
    </form>
  );
}
