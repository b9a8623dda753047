import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ReportSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ReportTable } from './ReportTable';

/** The manager's queue: everything submitted and waiting for a decision, one by one or as a batch. */
export function ReviewListPage() {
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    api('reports.list', { status: 'submitted', limit: 500 }).then(setRows, notifyError);
  }, []);
  useEffect(load, [load]);

  const approveSelected = async () => {
    setBusy(true);
    try {
      const r = await api('reports.approveMany', { ids: [...selected], comment: '' });
      notifyOk(
        `已审核通过 ${r.approved.length} 份${r.skipped.length ? `,${r.skipped.length} 份未处理:${r.skipped[0]!.message}` : ''}。`,
      );
      setSelected(new Set());
      load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>待审核</Title>
        <Button disabled={selected.size === 0} loading={busy} onClick={() => void approveSelected()}>
          批量审核通过({selected.size})
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        点击一行打开报表,在页面下方退回或审核通过;勾选多份(如一周的走访表)可一次审核通过。
      </Text>
      <ReportTable
        rows={rows}
        empty="没有待审核的报表。"
        showForm
        selected={selected}
        onSelectedChange={setSelected}
      />
    </Stack>
  );
}
