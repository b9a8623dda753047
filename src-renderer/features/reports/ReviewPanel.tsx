import { Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportDetail } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';

/** The manager's decision on a submitted report: return with a comment, or approve. */
export function ReviewPanel({
  report,
  own,
  onDone,
}: {
  report: ReportDetail;
  /** The manager's own report: he checks it before it goes to 销售部 (退回 reopens it, 审核通过 finalises it). */
  own: boolean;
  onDone: (r: ReportDetail) => void;
}) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (kind: 'return' | 'approve') => {
    if (kind === 'return' && !comment.trim()) {
      setError('退回时请写明需要修改的地方');
      return;
    }
    setBusy(true);
    try {
      const r =
        kind === 'return'
          ? await api('reports.return', { id: report.id, comment })
          : await api('reports.approve', { id: report.id, comment });
      notifyOk(
        kind === 'return'
          ? own
            ? '已退回,可修改后重新提交。'
            : `已退回给 ${report.author.name}。`
          : '已审核通过。',
      );
      onDone(r);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" className="no-print">
      <Title order={5} mb="xs">
        {own ? '本人报表复核' : '区域经理审核'}
      </Title>
      {own && (
        <Text size="sm" c="dimmed" mb="xs">
          报销售部前最后核对:发现问题可“退回修改”重新打开(写明原因,留有记录);核对无误请“审核通过”定稿。
        </Text>
      )}
      <Textarea
        label="审核意见"
        placeholder="退回时必填:写明需要修改的地方"
        value={comment}
        error={error}
        onChange={(e) => {
          setComment(e.currentTarget.value);
          setError(null);
        }}
        autosize
        minRows={2}
        maxLength={500}
      />
      <Group justify="flex-end" mt="sm">
        <Button color="red" variant="light" loading={busy} onClick={() => void act('return')}>
          退回修改
        </Button>
        <Button color="green" loading={busy} onClick={() => void act('approve')}>
          审核通过
        </Button>
      </Group>
    </Paper>
  );
}
