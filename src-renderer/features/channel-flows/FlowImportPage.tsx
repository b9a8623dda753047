import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput, MonthPickerInput } from '@mantine/dates';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OutputOf } from '../../../src-shared/contract';
import {
  FLOW_IMPORT_FIELDS,
  FLOW_IMPORT_LABELS,
  type FlowImportField,
  type FlowImportPreview,
} from '../../../src-shared/contract/channel-flow-import';
import { api, ApiCallError, uploadFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ColumnMapping, MappingSelects } from '../../app/import/ColumnMapping';
import { ExcelFilePick } from '../../app/import/ExcelFilePick';
import { ImportButton } from '../../app/import/ImportButton';
import { ImportPreview } from '../../app/import/ImportPreview';
import { ImportProblems } from '../../app/import/ImportProblems';
import { FLOW_PATHS, monthLabel, monthParam } from './flow-paths';
import { FlowImportTable } from './FlowImportTable';

type Mapping = Partial<Record<FlowImportField, string>>;

const FIELDS = FLOW_IMPORT_FIELDS.map((f) => ({ key: f, label: FLOW_IMPORT_LABELS[f], required: true }));
type Dealer = OutputOf<'channel.flowMonth'>['dealers'][number];

interface Form {
  dealerCode: string | null;
  month: string;
  submittedOn: string;
  note: string;
}

/**
 * 导入商品流向单: the dealer's own Excel becomes its F10 of the month. Say whose sheet and when it
 * came, choose the file, check which column is which, read every problem by its Excel row; nothing
 * is stored until 导入, and nothing at all while any row has a problem.
 */
export function FlowImportPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState<Form>({
    dealerCode: params.get('dealer'),
    month: monthParam(params.get('month')),
    submittedOn: officeToday(),
    note: '',
  });
  const [dealers, setDealers] = useState<Dealer[]>([]);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<FlowImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api('channel.flowMonth', { month: form.month }).then((m) => setDealers(m.dealers), notifyError);
  }, [form.month]);

  const inputOf = (id: string, f: Form, m?: Mapping) => {
    if (!f.dealerCode) {
      setFieldErrors({ dealerCode: '请选择经销商' });
      return null;
    }
    return {
      uploadId: id,
      dealerCode: f.dealerCode,
      month: f.month,
      submittedOn: f.submittedOn,
      note: f.note,
      ...(m && Object.keys(m).length ? { mapping: m } : {}),
    };
  };

  const showError = (err: unknown, title: string) => {
    if (err instanceof ApiCallError && err.error.fields) setFieldErrors(err.error.fields);
    notifyError(err, title);
  };

  const check = async (id: string, f: Form, m?: Mapping) => {
    const input = inputOf(id, f, m);
    if (!input) return;
    setBusy(true);
    setFieldErrors({});
    try {
      const p = await api('channel.previewFlowImport', input);
      setPreview(p);
      setMapping((p.mapping as Mapping | null) ?? m ?? {});
    } catch (err) {
      setPreview(null);
      showError(err, '文件未能检查');
    } finally {
      setBusy(false);
    }
  };

  const change = (next: Partial<Form>) => {
    const f = { ...form, ...next };
    setForm(f);
    setFieldErrors({});
    if (uploadId) void check(uploadId, f, mapping);
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setPreview(null);
    setMapping({});
    setBusy(true);
    try {
      const staged = await uploadFile(file);
      setUploadId(staged.uploadId);
      await check(staged.uploadId, form);
    } catch (err) {
      notifyError(err, '文件未能上传');
    } finally {
      setBusy(false);
    }
  };

  const remap = (field: string, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field as FlowImportField] = header;
    else delete next[field as FlowImportField];
    setMapping(next);
    if (uploadId) void check(uploadId, form, next);
  };

  const importNow = async () => {
    const input = uploadId ? inputOf(uploadId, form, mapping) : null;
    if (!input) return;
    setBusy(true);
    try {
      const flow = await api('channel.importFlow', input);
      notifyOk(
        `已导入 ${flow.dealerName} ${monthLabel(flow.month)}的流向单 ${flow.lines.length} 行${flow.ok ? ',对账相符' : ',对账有异常'}。`,
      );
      navigate(FLOW_PATHS.entry(flow.dealerCode, flow.month));
    } catch (err) {
      showError(err, '未导入');
      if (uploadId) void check(uploadId, form, mapping);
    } finally {
      setBusy(false);
    }
  };

  const headers = preview?.headers.filter(Boolean) ?? [];
  const ready = preview !== null && preview.problemCount === 0 && preview.rowCount > 0;
  const dealer = dealers.find((d) => d.code === form.dealerCode);
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>导入商品流向单</Title>
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => navigate(FLOW_PATHS.month(form.month))}
        >
          返回商品流向单
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        经销商自己的 Excel
        流向表,第一行为列名,每行一笔销售:销售日期、产品编码、批号、数量、购货单位、购货单位所在区域。
        有任何问题时不会导入任何一行;该经销商当月已有的流向单会被替换。
      </Text>

      <Paper withBorder p="md" component="section" aria-label="流向单信息">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label="经销商"
            withAsterisk
            searchable
            data={dealers.map((d) => ({
              value: d.code,
              label: `${d.name}(${d.code})${d.radiates ? '' : ' · 无须提交'}`,
            }))}
            value={form.dealerCode}
            onChange={(v) => change({ dealerCode: v })}
            error={fieldErrors.dealerCode}
            nothingFoundMessage="本区域没有这个经销商"
          />
          <MonthPickerInput
            label="流向月份"
            withAsterisk
            value={`${form.month}-01`}
            onChange={(v) => v && change({ month: String(v).slice(0, 7) })}
            valueFormat="YYYY年M月"
            error={fieldErrors.month}
          />
          <DateInput
            label="收到日期"
            withAsterisk
            valueFormat="YYYY-MM-DD"
            value={form.submittedOn || null}
            onChange={(v) => change({ submittedOn: v ? String(v).slice(0, 10) : '' })}
            error={fieldErrors.submittedOn}
          />
          <TextInput
            label="备注"
            value={form.note}
            onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
            error={fieldErrors.note}
          />
        </SimpleGrid>
      </Paper>

      <ExcelFilePick
        onChoose={(f) => void choose(f)}
        loading={busy && !preview}
        disabled={!form.dealerCode}
        chosen={preview && `${preview.fileName}:${preview.rowCount} 行`}
      >
        {!form.dealerCode && (
          <Text size="sm" c="dimmed">
            先选择经销商。
          </Text>
        )}
      </ExcelFilePick>

      {preview && headers.length > 0 && (
        <ColumnMapping hint="已按列名自动对应;如有不对,请为各项选择表格中的列,改动后会重新检查。">
          <MappingSelects
            fields={FIELDS}
            headers={headers}
            mapping={mapping}
            onChange={remap}
            cols={{ base: 2, md: 6 }}
            placeholder="请选择列"
            missingError={preview.mapping === null ? '请选择对应的列' : undefined}
          />
        </ColumnMapping>
      )}

      {preview && (
        <ImportProblems total={preview.problemCount} messages={preview.problems.map((p) => p.message)} />
      )}

      {preview && preview.rows.length > 0 && (
        <ImportPreview
          passed={
            ready && (
              <>
                共 {preview.rowCount} 行,将作为 {dealer?.name ?? form.dealerCode} {monthLabel(form.month)}
                的流向单{preview.replaces ? ',替换已录入的流向单' : ''}。导入后显示对账结果。
              </>
            )
          }
          shown={preview.rows.length}
          total={preview.rowCount}
          withheld={preview.problemCount > 0 ? '有问题的行未列出。' : null}
        >
          <FlowImportTable rows={preview.rows} />
        </ImportPreview>
      )}
      {preview && (
        <ImportButton
          label={`导入 ${preview.rowCount} 行流向`}
          onImport={() => void importNow()}
          loading={busy}
          ready={ready}
          rowCount={preview.rowCount}
          noRows="表格中没有流向行。"
        />
      )}
    </Stack>
  );
}
