import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconListCheck } from '@tabler/icons-react';
import { showApiErrors } from '../../api/form-errors';
import { useSession } from '../../app/session';
import { ModalActions } from '../../app/ModalActions';
import type { Refusal } from './use-stage-move';

interface Props {
  refusal: Refusal;
  onClose: () => void;
  /** Opens the opportunity at its checklist, to fill in what is missing. */
  onOpenChecklist: () => void;
  onOverride: (reason: string) => Promise<void>;
}

/**
 * A move the SOP gate refused: the API's sentence naming what is missing, the way to the checklist
 * for anyone, and for the manager 越过检查 with a reason that the opportunity's history keeps.
 */
export function GateModal({ refusal, onClose, onOpenChecklist, onOverride }: Props) {
  const { user } = useSession();
  const manager = user.role === 'manager';
  const form = useForm({
    initialValues: { overrideReason: '' },
    validate: {
      overrideReason: (v) =>
        v.trim().length < 2
          ? '请写明越过检查的原因(至少2个字)'
          : v.trim().length > 200
            ? '越过检查的原因不能超过200个字'
            : null,
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await onOverride(v.overrideReason.trim());
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  const { opportunity: o, to } = refusal;

  return (
    <Modal opened onClose={onClose} title={`不能移到“${to.name}”`} size="lg">
      <Stack>
        <Text size="sm">
          {o.customerName} · {o.title}(现在在“{o.stageName}”)
        </Text>
        <Alert color="orange" title="检查未通过">
          {refusal.message}
        </Alert>
        <Group>
          <Button
            variant="light"
            leftSection={<IconListCheck size={16} />}
            onClick={onOpenChecklist}
            data-autofocus
          >
            打开检查清单补齐
          </Button>
        </Group>
        {manager ? (
          <form onSubmit={submit}>
            <Stack>
              <Textarea
                label="越过检查的原因"
                description="区域经理可以越过检查直接移动;原因和缺少的项目记入商机历史,并随月度数据包报送销售部。"
                autosize
                minRows={2}
                {...form.getInputProps('overrideReason')}
              />
              <ModalActions onCancel={onClose} confirm="越过检查并移动" />
            </Stack>
          </form>
        ) : (
          <Group justify="flex-end">
            <Text size="sm" c="dimmed">
              补齐后再移动;确需先推进的,请区域经理越过检查。
            </Text>
            <Button variant="default" onClick={onClose}>
              关闭
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
