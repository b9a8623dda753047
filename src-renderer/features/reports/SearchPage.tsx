import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ReportSummary, UserSummary } from '../../../src-shared/contract';
import { FORM_CODES, type FormCode, getForm } from '../../../src-shared/domain/forms';
import { REPORT_STATUSES, type ReportStatus, STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { FaxPackModal } from './FaxPackModal';
import { ReportTable } from './ReportTable';

/** Find any report by person, form, period, status or words in it; tick reports to fax them. */
export function SearchPage() {
  const { user } = useSession();
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [formCode, setFormCode] = useState<string | null>(null);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [faxing, setFaxing] = useState(false);

  useEffect(() => {
    api('people.list', {}).then(setPeople, notifyError);
  }, []);
  useEffect(() => {
    api('reports.list', {
      ...(formCode ? { formCode: formCode as FormCode } : {}),
      ...(authorId ? { authorId: Number(authorId) } : {}),
      ...(status ? { status: status as ReportStatus } : {}),
      ...(range[0] ? { from: range[0] } : {}),
      ...(range[1] ? { to: range[1] } : {}),
      ...(debounced.trim() ? { text: debounced.trim() } : {}),
      limit: 300,
    }).then((r) => {
      setRows(r);
      setSelected(new Set());
    }, notifyError);
  }, [formCode, authorId, status, range, debounced]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>查找报表</Title>
        <Button disabled={selected.size === 0} onClick={() => setFaxing(true)}>
          生成传真({selected.size})
        </Button>
      </Group>
      <Group>
        <TextInput
          leftSection={<IconSearch size={16} />}
          aria-label="搜索内容"
          placeholder="客户、内容、姓名…"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={220}
        />
        <Select
          aria-label="报表"
          placeholder="全部报表"
          clearable
          data={FORM_CODES.map((c) => ({ value: c, label: getForm(c).title }))}
          value={formCode}
          onChange={setFormCode}
          w={180}
        />
        {user.role !== 'rep' && (
          <Select
            aria-label="人员"
            placeholder="全部人员"
            clearable
            data={people.map((p) => ({ value: String(p.id), label: p.displayName }))}
            value={authorId}
            onChange={setAuthorId}
            w={140}
          />
        )}
        <Select
          aria-label="状态"
          placeholder="全部状态"
          clearable
          data={REPORT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={status}
          onChange={setStatus}
          w={130}
        />
        <DatePickerInput
          type="range"
          aria-label="期间"
          placeholder="期间(起止日期)"
          valueFormat="YYYY-MM-DD"
          clearable
          value={range}
          onChange={(v) => setRange(v as [string | null, string | null])}
          w={240}
        />
      </Group>
      <ReportTable
        rows={rows}
        empty="没有找到符合条件的报表。"
        showForm
        selected={selected}
        onSelectedChange={setSelected}
      />
      {faxing && <FaxPackModal reportIds={[...selected]} onClose={() => setFaxing(false)} />}
    </Stack>
  );
}
