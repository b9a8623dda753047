import { Alert, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { UserSummary } from '../../../src-shared/contract';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import {
  FORM_CODES,
  type FormCode,
  getForm,
  isFormCode,
  withComputed,
} from '../../../src-shared/domain/forms';
import { periodLabel } from '../../../src-shared/domain/periods';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api, ApiCallError, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { PrintPreviewModal } from '../documents';
import { DecisionPanel } from './DecisionPanel';
import { defaultPeriod } from './default-period';
import { EditorActionBar } from './EditorActionBar';
import { FieldInput } from './FieldInput';
import { FieldOffer } from './FieldOffer';
import { FormTable } from './FormTable';
import { PeriodPicker } from './PeriodPicker';
import { ReportContext } from './report-context';
import { ReviewPanel } from './ReviewPanel';
import { useReportDraft } from './use-report-draft';
import { VersionHistory } from './VersionHistory';

/** Puts the cursor in the first field marked wrong once the marks are drawn. */
function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
}

/** Route: /reports/:formCode/:authorId/:periodKey — authorId is a number or "me". */
export function ReportEditorPage() {
  const params = useParams();
  const formCode: FormCode = isFormCode(params.formCode ?? '')
    ? (params.formCode as FormCode)
    : FORM_CODES[0];
  const authorId = params.authorId && params.authorId !== 'me' ? Number(params.authorId) : undefined;
  const periodKey = params.periodKey ?? defaultPeriod(getForm(formCode));
  const { user } = useSession();
  // The route names the author (or "me"); pieces deep in the tables read who and which period.
  return (
    <ReportContext.Provider value={{ form: getForm(formCode), periodKey, authorId: authorId ?? user.id }}>
      <Editor
        key={`${formCode}/${authorId}/${periodKey}`}
        formCode={formCode}
        authorId={authorId}
        periodKey={periodKey}
      />
    </ReportContext.Provider>
  );
}

interface EditorProps {
  formCode: FormCode;
  authorId: number | undefined;
  periodKey: string;
}

function Editor({ formCode, authorId, periodKey }: EditorProps) {
  const form = getForm(formCode);
  const { user } = useSession();
  const navigate = useNavigate();
  const draft = useReportDraft(formCode, periodKey, authorId);
  const { report, data, save, fieldErrors, prefilled } = draft;
  const [busy, setBusy] = useState(false);
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [preview, setPreview] = useState<DocModel | null>(null);

  const isAuthorSide =
    (report ? report.author.id === user.id : (authorId ?? user.id) === user.id) || user.role === 'clerk';
  const editable =
    isAuthorSide &&
    (!report || EDITABLE_STATUSES.includes(report.status)) &&
    form.authors.includes(user.role === 'clerk' ? 'rep' : user.role);

  useEffect(() => {
    api('people.list', {}).then(setPeople, () => setPeople([]));
  }, []);

  // A new report starts from what the office already knows (visit counts, monthly figures).
  const isNew = data !== null && report === null;
  useEffect(() => {
    if (!isNew || !editable) return;
    let live = true;
    api('reports.prefill', { formCode, periodKey, ...(authorId ? { authorId } : {}) }).then(
      (r) => live && Object.keys(r.values).length > 0 && draft.startWith(r.values),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Only when a new report is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isNew, editable, formCode, periodKey, authorId]);

  const saveNow = () => void draft.flush().then(() => notifyOk('已保存草稿。'), notifyError);
  // Ctrl+S saves from inside a field too, where the browser would otherwise offer to save the page.
  useHotkeys([['mod+S', () => editable && saveNow()]], []);

  if (!data) {
    return (
      <Group>
        <Loader size="sm" /> <Text>正在载入…</Text>
      </Group>
    );
  }

  // Changes build on the latest data, so two in one keystroke (a time stored on Enter, then a new
  // row) do not undo each other.
  const update = (fn: (current: Record<string, unknown>) => Record<string, unknown>) =>
    draft.update((current) => withComputed(form, fn(current)));
  const setField = (key: string, value: unknown) => update((current) => ({ ...current, [key]: value }));
  const tableCount = form.sections.filter((s) => s.kind === 'table').length;
  const personOptions = people
    .filter((p) => p.active && p.role === 'rep')
    .map((p) => ({ id: p.id, name: p.displayName }));

  const submit = async () => {
    setBusy(true);
    try {
      const saved = await draft.flush();
      if (!saved) return;
      const r = await api('reports.submit', { id: saved.id, expectedVersion: saved.version });
      draft.apply(r, true);
      draft.setFieldErrors({});
      notifyOk(
        r.onTime === false ? `${form.title}已提交(已超过截止时间,记为逾期)。` : `${form.title}已提交。`,
      );
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields) {
        draft.setFieldErrors(err.error.fields);
        focusFirstError();
      }
      notifyError(err, '未能提交');
    } finally {
      setBusy(false);
    }
  };

  const withSaved = async (action: (id: number) => Promise<void>) => {
    if (!report) return;
    setBusy(true);
    try {
      if (editable && save.kind === 'dirty') await draft.flush();
      await action(report.id);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const makeWord = () =>
    withSaved(async (id) => deliverFile(await api('documents.generate', { reportId: id })));
  const showPreview = () =>
    withSaved(async (id) => setPreview(await api('documents.preview', { reportId: id })));

  const authorName =
    report?.author.name ??
    (authorId ? (people.find((p) => p.id === authorId)?.displayName ?? '') : user.displayName);
  const goToPeriod = (key: string) => navigate(`/reports/${formCode}/${authorId ?? 'me'}/${key}`);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>
            {form.title}({form.code})
          </Title>
          <Text c="dimmed" size="sm">
            {authorName && `${authorName} · `}
            {periodLabel(form.period, periodKey)} · 截止:{form.deadlineText}
          </Text>
        </div>
        <Group align="flex-end">
          <PeriodPicker kind={form.period} value={periodKey} onChange={goToPeriod} />
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
              <div key={si}>
                {section.title && (
                  <Text fw={600} mb="xs">
                    {section.title}
                  </Text>
                )}
                <SimpleGrid cols={{ base: 1, sm: 4 }}>
                  {section.fields.map((f) => (
                    <div
                      key={f.key}
                      style={{ gridColumn: f.type === 'textarea' || f.span === 12 ? '1 / -1' : undefined }}
                    >
                      <FieldInput
                        field={f}
                        value={data[f.key]}
                        error={fieldErrors[f.key]}
                        readOnly={!editable}
                        people={personOptions}
                        prefilledValue={prefilled[f.key]}
                        record={data}
                        onChange={(v) => setField(f.key, v)}
                        onRecordChange={(patch) => update((current) => ({ ...current, ...patch }))}
                      />
                      <FieldOffer
                        field={f}
                        value={data[f.key]}
                        readOnly={!editable}
                        onChange={(v) => setField(f.key, v)}
                      />
                    </div>
                  ))}
                </SimpleGrid>
              </div>
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
                people={personOptions}
                prefilledRows={
                  Array.isArray(prefilled[section.table.key])
                    ? (prefilled[section.table.key] as Record<string, unknown>[])
                    : undefined
                }
                pageShortcut={tableCount === 1}
                onChange={(rows) =>
                  update((current) => {
                    const next = { ...current, [section.table.key]: rows };
                    // A count the form keeps of a table (实际拜访数) follows its rows until someone
                    // types their own number.
                    const count = form.countOf;
                    if (count?.table === section.table.key) {
                      const before = current[count.table] as unknown[] | undefined;
                      if (current[count.field] == null || current[count.field] === before?.length) {
                        next[count.field] = rows.length;
                      }
                    }
                    return next;
                  })
                }
              />
            ),
          )}
        </Stack>
      </Paper>

      <EditorActionBar
        save={save}
        editable={editable}
        saved={report !== null}
        returned={report?.status === 'returned'}
        busy={busy}
        onPreview={() => void showPreview()}
        onWord={() => void makeWord()}
        onSaveDraft={saveNow}
        onSubmit={() => void submit()}
      />

      {report && user.role === 'manager' && report.status === 'submitted' && (
        <ReviewPanel
          report={report}
          own={report.author.id === user.id}
          onDone={(r) => draft.apply(r, true)}
        />
      )}
      {report &&
        user.role === 'manager' &&
        (report.status === 'submitted' || report.status === 'approved') && (
          <DecisionPanel
            key={report.version}
            form={form}
            report={report}
            onDone={(r) => draft.apply(r, true)}
          />
        )}
      {report && (
        <VersionHistory
          form={form}
          reportId={report.id}
          // Refetched on a submit, return, approval, decision or sending, not on each autosave.
          eventKey={`${report.status}|${report.submittedAt ?? ''}|${report.reviewedAt ?? ''}`}
        />
      )}
      {preview && (
        <PrintPreviewModal
          opened
          model={preview}
          title={`${form.title} 打印预览`}
          onClose={() => setPreview(null)}
        />
      )}
    </Stack>
  );
}
