import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SessionDetail, SessionSummary } from '../../../src-shared/contract/training';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

/** 取消培训: the manager confirms with a reason; a cancelled session cannot be changed again. */
export function CancelSessionModal({
  session,
  onClose,
  onCancelled,
}: {
  session: SessionSummary;
  onClose: () => void;
  onCancelled: (d: SessionDetail) => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason.trim().length < 2) {
      setProblem(reason.trim() ? '取消原因至少2个字' : '请填写取消原因');
      return;
    }
    setBusy(true);
    try {
      const d = await api('training.cancel', { id: session.id, reason: reason.trim() });
      notifyOk(`培训“${session.topic}”已取消。`);
      onCancelled(d);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields?.reason) setProblem(err.error.fields.reason);
      notifyError(err, '培训未取消');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="取消培训">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            取消 {session.day} {session.startTime} 的“{session.topic}
            ”?取消后不能再修改或录入出勤,请通知参训人员。
          </Text>
          <Textarea
            label="取消原因"
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={problem}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              // Enter confirms; Shift+Enter starts a new line.
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <ModalActions onCancel={onClose} confirm="确认取消培训" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
