import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useHotkeys } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FORM_CODES, type FormCode, getForm } from '../../../src-shared/domain/forms';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api, ApiCallError, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { FieldInput } from './FieldInput';
import { FormTable } from './FormTable';
import { ReviewPanel } from './ReviewPanel';
import { SaveIndicator } from './SaveIndicator';
import { useReportDraft } from './use-report-draft';
import { VersionHistory } from './VersionHistory';

/** Route: /reports/:formCode/:authorId/:periodKey — authorId is a number or "me". */
export function ReportEditorPage() {
  const params = useParams();
  const formCode = (FORM_CODES as readonly string[]).includes(params.formCode ?? '')
    ? (params.formCode as FormCode)
    : 'F01';
  const authorId = params.authorId && params.authorId !== 'me' ? Number(params.authorId) : undefined;
  const periodKey = params.periodKey ?? dayjs().format('YYYY-MM-DD');
  return (
    <Editor
      key={`${formCode}/${authorId}/${periodKey}`}
      formCode={formCode}
      authorId={authorId}
      periodKey={periodKey}
    />
  );
}

function Editor({
  formCode,
  authorId,
  periodKey,
}: {
  formCode: FormCode;
  authorId: number | undefined;
  periodKey: string;
}) {
  const form = getForm(formCode);
  const { user } = useSession();
  const navigate = useNavigate();
  const draft = useReportDraft(formCode, periodKey, authorId);
  const { report, data, save, fieldErrors } = draft;
  const [busy, setBusy] = useState(false);

  const isAuthorSide =
    (report ? report.author.id === user.id : (authorId ?? user.id) === user.id) || user.role === 'clerk';
  const editable =
    isAuthorSide &&
    (!report || EDITABLE_STATUSES.includes(report.status)) &&
    form.authors.includes(user.role === 'clerk' ? 'rep' : user.role);

  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (editable) void draft.flush().then(() => notifyOk('已保存草稿。'), notifyError);
        },
      ],
    ],
    [],
  );

  if (!data) {
    return (
      <Group>
        <Loader size="sm" /> <Text>正在载入…</Text>
      </Group>
    );
  }

  const setField = (key: string, value: unknown) => draft.change({ ...data, [key]: value });

  const submit = async () => {
    setBusy(true);
    try {
      const saved = await draft.flush();
      if (!saved) return;
      const r = await api('reports.submit', { id: saved.id, expectedVersion: saved.version });
      draft.apply(r, true);
      notifyOk(r.onTime ? `${form.title}已提交。` : `${form.title}已提交(已超过截止时间,记为逾期)。`);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields) draft.setFieldErrors(err.error.fields);
      notifyError(err, '未能提交');
    } finally {
      setBusy(false);
    }
  };

  const makeWord = async () => {
    if (!report) return;
    setBusy(true);
    try {
      if (editable && save.kind === 'dirty') await draft.flush();
      const file = await api('documents.generate', { reportId: report.id });
      await deliverFile(file);
    } catch (err) {
      notifyError(err, '未能生成 Word');
    } finally {
      setBusy(false);
    }
  };

  const authorName = report?.author.name ?? (authorId ? '' : user.displayName);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>
            {form.title}({form.code})
          </Title>
          <Text c="dimmed" size="sm">
            {authorName && `${authorName} · `}截止:{form.deadlineText}
          </Text>
        </div>
        <Group>
          {form.period === 'day' && (
            <DateInput
              label="日期"
              valueFormat="YYYY-MM-DD"
              value={periodKey}
              onChange={(v) => v && navigate(`/reports/${formCode}/${authorId ?? 'me'}/${v}`)}
              w={150}
            />
          )}
          {report && (
            <Badge
              size="lg"
              variant="light"
              color={report.status === 'returned' ? 'red' : report.status === 'approved' ? 'green' : 'blue'}
            >
              {STATUS_LABELS[report.status]}
            </Badge>
          )}
        </Group>
      </Group>

      {report?.status === 'returned' && report.reviewComment && (
        <Alert color="red" title={`${report.reviewer?.name ?? '区域经理'}退回了此表`} role="alert">
          {report.reviewComment}
        </Alert>
      )}
      {report?.enteredBy && report.enteredBy.id !== report.author.id && (
        <Text size="sm" c="dimmed">
          由内勤 {report.enteredBy.name} 代录
        </Text>
      )}

      <Paper withBorder p="md">
        <Stack>
          {form.sections.map((section, si) =>
            section.kind === 'fields' ? (
              <SimpleGrid key={si} cols={{ base: 1, sm: 4 }}>
                {section.fields.map((f) => (
                  <div key={f.key} style={{ gridColumn: f.span === 12 ? '1 / -1' : undefined }}>
                    <FieldInput
                      field={f}
                      value={data[f.key]}
                      error={fieldErrors[f.key]}
                      readOnly={!editable}
                      onChange={(v) => setField(f.key, v)}
                    />
                  </div>
                ))}
              </SimpleGrid>
            ) : (
              <FormTable
                key={si}
                table={section.table}
                rows={
                  Array.isArray(data[section.table.key])
                    ? (data[section.table.key] as Record<string, unknown>[])
                    : []
                }
                errors={fieldErrors}
                readOnly={!editable}
                onChange={(rows) => {
                  const next = { ...data, [section.table.key]: rows };
                  // The actual visit count follows the rows until someone types their own number.
                  if (
                    formCode === 'F01' &&
                    (data.actualVisits == null ||
                      data.actualVisits === (data.visits as unknown[] | undefined)?.length)
                  ) {
                    next.actualVisits = rows.length;
                  }
                  draft.change(next);
                }}
              />
            ),
          )}
        </Stack>
      </Paper>

      <Group justify="space-between" className="no-print">
        <SaveIndicator state={save} editable={editable} />
        <Group>
          {report && (
            <Button variant="default" onClick={() => void makeWord()} loading={busy}>
              生成 Word
            </Button>
          )}
          {editable && (
            <>
              <Button
                variant="default"
                onClick={() => void draft.flush().then(() => notifyOk('已保存草稿。'), notifyError)}
              >
                保存草稿
              </Button>
              <Button onClick={() => void submit()} loading={busy}>
                {report?.status === 'returned' ? '修改后重新提交' : '提交'}
              </Button>
            </>
          )}
        </Group>
      </Group>

      {report && user.role === 'manager' && report.status === 'submitted' && (
        <ReviewPanel report={report} onDone={(r) => draft.apply(r, true)} />
      )}
      {report && <VersionHistory reportId={report.id} version={report.version} />}
    </Stack>
  );
}
