import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ReportSummary, UserSummary } from '../../../src-shared/contract';
import { FORM_CODES, type FormCode, getForm, isFormCode } from '../../../src-shared/domain/forms';
import { periodOfDay } from '../../../src-shared/domain/periods';
import { REPORT_STATUSES, type ReportStatus, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { defaultPeriod } from './default-period';
import { ReportTable } from './ReportTable';

/** A form's reports with status; reps see their own, managers and clerks the office's. */
export function ReportListPage() {
  const params = useParams();
  const formCode: FormCode = isFormCode(params.formCode ?? '')
    ? (params.formCode as FormCode)
    : FORM_CODES[0];
  const form = getForm(formCode);
  const { user } = useSession();
  const navigate = useNavigate();
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [enterFor, setEnterFor] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(officeToday().slice(0, 8) + '01');

  useEffect(() => {
    api('people.list', {}).then(setPeople, notifyError);
  }, []);
  const load = useCallback(() => {
    api('reports.list', {
      formCode,
      ...(authorId ? { authorId: Number(authorId) } : {}),
      ...(status ? { status: status as ReportStatus } : {}),
      limit: 300,
    }).then(setRows, notifyError);
  }, [formCode, authorId, status]);
  useEffect(load, [load]);

  const authors = people.filter((p) => p.active && form.authors.includes(p.role));
  const forWhom = user.role === 'clerk' ? enterFor : 'me';

  const openNew = async () => {
    if (!forWhom) return;
    try {
      let periodKey = defaultPeriod(form);
      if (form.period === 'event') {
        const r = await api('reports.newEventKey', {
          formCode,
          day: officeToday(),
          ...(forWhom !== 'me' ? { authorId: Number(forWhom) } : {}),
        });
        periodKey = r.periodKey;
      }
      navigate(`/reports/${formCode}/${forWhom}/${periodKey}`);
    } catch (err) {
      notifyError(err);
    }
  };

  const submitWeek = async () => {
    try {
      const week = periodOfDay('week', officeToday());
      const r = await api('reports.submitWeek', {
        formCode,
        week,
        ...(forWhom && forWhom !== 'me' ? { authorId: Number(forWhom) } : {}),
      });
      notifyOk(
        `已提交本周${form.title} ${r.submitted.length} 份${r.failed.length ? `;${r.failed.length} 份未提交(${r.failed.map((f) => `${f.periodKey}:${f.message}`).join(';')})` : ''}。`,
      );
      load();
    } catch (err) {
      notifyError(err, `未能提交本周${form.title}`);
    }
  };

  const printMonth = async () => {
    const who = user.role === 'rep' ? user.id : Number(authorId ?? (user.role === 'manager' ? user.id : 0));
    if (!who || !month) return notifyError(new Error('请先选择人员和月份。'));
    try {
      await deliverFile(
        await api('documents.monthBook', { formCode, authorId: who, month: month.slice(0, 7) }),
      );
    } catch (err) {
      notifyError(err, '未能生成月汇总');
    }
  };

  const newLabel =
    form.period === 'event'
      ? `新建${form.title}`
      : form.period === 'day'
        ? `填写今天的${form.title}`
        : `填写${form.title}`;

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>
            {form.title}({form.code})
          </Title>
          <Text c="dimmed" size="sm">
            截止:{form.deadlineText}
          </Text>
        </div>
        <Group>
          {user.role === 'clerk' && (
            <Select
              placeholder="代录:选择填表人"
              aria-label="代录人员"
              data={authors.map((p) => ({ value: String(p.id), label: p.displayName }))}
              value={enterFor}
              onChange={setEnterFor}
            />
          )}
          {form.authors.includes(user.role === 'clerk' ? 'rep' : user.role) && (
            <Button disabled={!forWhom} onClick={() => void openNew()}>
              {user.role === 'clerk' ? `代录${form.title}` : newLabel}
            </Button>
          )}
          {form.weeklyHandIn && user.role !== 'manager' && (
            <Button variant="light" disabled={!forWhom} onClick={() => void submitWeek()}>
              周末提交本周{form.title}
            </Button>
          )}
        </Group>
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
        {form.monthCover && (
          <>
            <MonthPickerInput
              aria-label="月份"
              value={month}
              onChange={setMonth}
              valueFormat="YYYY年M月"
              w={140}
            />
            <Button variant="default" onClick={() => void printMonth()}>
              打印本月走访表
            </Button>
          </>
        )}
      </Group>
      <ReportTable rows={rows} empty={`还没有${form.title}。`} />
    </Stack>
  );
}
