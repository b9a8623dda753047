import { Button, Group, Select, Stack, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ReportSummary, UserSummary } from '../../../src-shared/contract';
import { FORM_CODES, type FormCode, getForm } from '../../../src-shared/domain/forms';
import { REPORT_STATUSES, type ReportStatus, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { ReportTable } from './ReportTable';

/** A form's reports by date with status; reps see their own, managers and clerks the office's. */
export function ReportListPage() {
  const params = useParams();
  const formCode: FormCode = (FORM_CODES as readonly string[]).includes(params.formCode ?? '')
    ? (params.formCode as FormCode)
    : 'F01';
  const form = getForm(formCode);
  const { user } = useSession();
  const navigate = useNavigate();
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [enterFor, setEnterFor] = useState<string | null>(null);

  useEffect(() => {
    api('people.list', {}).then(setPeople, notifyError);
  }, []);
  useEffect(() => {
    api('reports.list', {
      formCode,
      ...(authorId ? { authorId: Number(authorId) } : {}),
      ...(status ? { status: status as ReportStatus } : {}),
      limit: 200,
    }).then(setRows, notifyError);
  }, [formCode, authorId, status]);

  const today = dayjs().format('YYYY-MM-DD');
  const authors = people.filter((p) => p.active && form.authors.includes(p.role));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{form.title}</Title>
        {user.role === 'clerk' ? (
          <Group>
            <Select
              placeholder="代录:选择营销代表"
              aria-label="代录人员"
              data={authors.map((p) => ({ value: String(p.id), label: p.displayName }))}
              value={enterFor}
              onChange={setEnterFor}
            />
            <Button
              disabled={!enterFor}
              onClick={() => navigate(`/reports/${formCode}/${enterFor}/${today}`)}
            >
              代录{form.title}
            </Button>
          </Group>
        ) : (
          <Button onClick={() => navigate(`/reports/${formCode}/me/${today}`)}>填写今天的{form.title}</Button>
        )}
      </Group>
      <Group>
        {user.role !== 'rep' && (
          <Select
            placeholder="全部人员"
            aria-label="按人员筛选"
            clearable
            data={authors.map((p) => ({ value: String(p.id), label: p.displayName }))}
            value={authorId}
            onChange={setAuthorId}
          />
        )}
        <Select
          placeholder="全部状态"
          aria-label="按状态筛选"
          clearable
          data={REPORT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={status}
          onChange={setStatus}
        />
      </Group>
      <ReportTable rows={rows} empty={`还没有${form.title}。`} />
    </Stack>
  );
}
