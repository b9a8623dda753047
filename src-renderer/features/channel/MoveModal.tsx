import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../src-shared/contract/channel';
import { api, ApiCallError } from '../../api/client';
import { notifyError } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

const MOVES = {
  verifying: { title: '转为核实中', hint: '开始核实:核对证据、询问当事人和经销商。' },
  closed: { title: '办结(已处理)', hint: '处理决定已执行,案件办结后不能再修改或上传证据。' },
} as const;

/** The manager moves a case on: 登记 → 核实中, or 成立/不成立 → 已处理, with an optional note. */
export function MoveModal({
  caseId,
  to,
  onClose,
  onMoved,
}: {
  caseId: number;
  to: keyof typeof MOVES;
  onClose: () => void;
  onMoved: (d: CaseDetail) => void;
}) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      onMoved(await api('channel.move', { id: caseId, to, note: note.trim() }));
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields?.note) setProblem(err.error.fields.note);
      notifyError(err, '状态未变更');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={MOVES[to].title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{MOVES[to].hint}</Text>
          <Textarea
            label="说明"
            placeholder="可不填"
            autosize
            minRows={2}
            data-autofocus
            value={note}
            error={problem}
            onChange={(e) => setNote(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter confirms; Shift+Enter starts a new line.
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <ModalActions onCancel={onClose} confirm={MOVES[to].title} loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
