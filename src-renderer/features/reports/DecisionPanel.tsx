import { Button, Group, Paper, SimpleGrid, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportDetail } from '../../../src-shared/contract';
import { decisionFields, type FormDef } from '../../../src-shared/domain/forms';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { FieldInput } from './FieldInput';

/** The manager's answer to a request (F06 批复): only the form's decision fields. */
export function DecisionPanel({
  form,
  report,
  onDone,
}: {
  form: FormDef;
  report: ReportDetail;
  onDone: (r: ReportDetail) => void;
}) {
  const fields = decisionFields(form);
  const [values, setValues] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, report.data[f.key] ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (fields.length === 0) return null;

  const save = async () => {
    setBusy(true);
    try {
      const r = await api('reports.decide', { id: report.id, values });
      notifyOk('批复已保存。');
      setErrors({});
      onDone(r);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields) setErrors(err.error.fields);
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" className="no-print">
      <Title order={5} mb="xs">
        批复
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {fields.map((f) => (
          <div key={f.key} style={{ gridColumn: f.type === 'textarea' ? '1 / -1' : undefined }}>
            <FieldInput
              field={f}
              value={values[f.key]}
              error={errors[f.key]}
              readOnly={false}
              decisionEditable
              onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
            />
          </div>
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button loading={busy} onClick={() => void save()}>
          保存批复
        </Button>
      </Group>
    </Paper>
  );
}
