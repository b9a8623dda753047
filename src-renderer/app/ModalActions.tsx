import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The foot of a dialog: 取消 and the confirming button on the right. Without `onConfirm` the
 * confirming button submits the dialog's form, so Enter in a field confirms too.
 */
export function ModalActions({
  onCancel,
  confirm,
  onConfirm,
  loading = false,
  disabled = false,
}: {
  onCancel: () => void;
  confirm: ReactNode;
  onConfirm?: () => void;
  loading?: boolean;
  disabled?: boolean;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button
        {...(onConfirm ? { onClick: onConfirm } : { type: 'submit' as const })}
        loading={loading}
        disabled={disabled}
      >
        {confirm}
      </Button>
    </Group>
  );
}
