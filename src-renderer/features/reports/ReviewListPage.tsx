import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReportSummary } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { ReportTable } from './ReportTable';

/** The manager's queue: everything submitted and waiting for a decision. */
export function ReviewListPage() {
  const [rows, setRows] = useState<ReportSummary[]>([]);
  useEffect(() => {
    api('reports.list', { status: 'submitted', limit: 500 }).then(setRows, notifyError);
  }, []);
  return (
    <Stack>
      <Title order={3}>待审核</Title>
      <Text c="dimmed" size="sm">
        点击一行打开报表,在页面下方退回或审核通过。
      </Text>
      <ReportTable rows={rows} empty="没有待审核的报表。" />
    </Stack>
  );
}
