import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ActualsPreview } from '../../../src-shared/contract';
import { api, uploadFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { formatYuan } from '../../app/format';
import { MappingSelects } from '../../app/import/ColumnMapping';
import { ExcelFilePick } from '../../app/import/ExcelFilePick';
import { ShownRowsNote } from '../../app/import/ImportPreview';
import { ImportProblems } from '../../app/import/ImportProblems';
import { OfficialFiguresPanel } from './OfficialFiguresPanel';

type Mapping = NonNullable<ActualsPreview['mapping']>;

// The amounts' columns may be left unmapped; 营销代表 and 月份 may not.
const COLUMNS: { key: keyof Mapping; label: string; required: boolean }[] = [
  { key: 'person', label: '营销代表', required: true },
  { key: 'month', label: '月份', required: true },
  { key: 'salesActual', label: '销售额', required: false },
  { key: 'collectionActual', label: '回款额', required: false },
];

const FIELD_LABELS = { salesActual: '销售额', collectionActual: '回款额' } as const;

const amount = (v: number | null) => (v === null ? '—' : formatYuan(v));

/**
 * 导入实际业绩: the company's ERP export of monthly sales and collections. Choose the file, check which
 * column is which, read the problems or the changes, then import; nothing is stored before that,
 * and nothing at all while any row has a problem.
 */
export function ActualsImportPage() {
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ActualsPreview | null>(null);
  const [imports, setImports] = useState(0);
  const [mapping, setMapping] = useState<Partial<Mapping>>({});
  const [busy, setBusy] = useState(false);

  const check = async (id: string, m?: Partial<Mapping>) => {
    setBusy(true);
    try {
      const p = await api('sales.previewActuals', { uploadId: id, ...(m ? { mapping: m } : {}) });
      setPreview(p);
      setMapping(p.mapping ?? m ?? {});
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setPreview(null);
    try {
      const staged = await uploadFile(file);
      setUploadId(staged.uploadId);
      await check(staged.uploadId);
    } catch (err) {
      notifyError(err, '文件未能读取');
    }
  };

  const importNow = async () => {
    if (!uploadId || !preview) return;
    setBusy(true);
    try {
      const done = await api('sales.importActuals', { uploadId, mapping });
      notifyOk(`已导入 ${done.rowCount} 行(${done.months.join('、')})。`);
      setPreview(null);
      setUploadId(null);
      setImports((n) => n + 1);
    } catch (err) {
      notifyError(err, '未导入');
    } finally {
      setBusy(false);
    }
  };

  const ready = preview && preview.problemCount === 0 && preview.rowCount > 0;
  return (
    <Stack>
      <Title order={3}>导入实际业绩</Title>
      <Text size="sm" c="dimmed">
        从公司系统导出各营销代表每月的销售额、回款额(.xlsx),在这里导入。同一月份再次导入时,以新文件为准替换该月已导入的数据。
      </Text>
      <ExcelFilePick onChoose={(f) => void choose(f)} loading={busy && !preview} chosen={preview?.fileName} />

      {preview && preview.headers.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>列对应</Text>
          <MappingSelects
            fields={COLUMNS}
            headers={preview.headers.filter(Boolean)}
            mapping={mapping}
            onChange={(k, v) => setMapping((m) => ({ ...m, [k]: v ?? undefined }))}
            cols={{ base: 2, md: 4 }}
            placeholder="选择列"
            markRequired={false}
          />
          <Group>
            <Button
              variant="default"
              onClick={() => uploadId && void check(uploadId, mapping)}
              loading={busy}
            >
              按此对应重新检查
            </Button>
          </Group>
        </Stack>
      )}

      {preview && (
        <ImportProblems total={preview.problemCount} messages={preview.problems.map((p) => p.message)} />
      )}

      {ready && (
        <Stack gap="xs">
          <Alert color="blue" title="检查通过">
            共 {preview.rowCount} 行,月份 {preview.months.join('、')}。
            {preview.changes.length > 0 && ` 有 ${preview.changes.length} 个数值与已导入的不同。`}
            {preview.removed > 0 && ` 已导入的 ${preview.removed} 行不在新文件中,将被移除。`}
          </Alert>
          {preview.changes.length > 0 && (
            <Table withTableBorder aria-label="将改变的数值">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>营销代表</Table.Th>
                  <Table.Th>月份</Table.Th>
                  <Table.Th>项目</Table.Th>
                  <Table.Th ta="right">原数值</Table.Th>
                  <Table.Th ta="right">新数值</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.changes.map((c, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{c.month}</Table.Td>
                    <Table.Td>{FIELD_LABELS[c.field]}</Table.Td>
                    <Table.Td ta="right">{amount(c.old)}</Table.Td>
                    <Table.Td ta="right">{amount(c.new)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Table withTableBorder striped aria-label="导入预览">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>行</Table.Th>
                <Table.Th>营销代表</Table.Th>
                <Table.Th>月份</Table.Th>
                <Table.Th ta="right">销售额</Table.Th>
                <Table.Th ta="right">回款额</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.month}</Table.Td>
                  <Table.Td ta="right">{amount(r.salesActual)}</Table.Td>
                  <Table.Td ta="right">{amount(r.collectionActual)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ShownRowsNote shown={preview.rows.length} total={preview.rowCount} />
          <Group>
            <Button onClick={() => void importNow()} loading={busy}>
              导入 {preview.rowCount} 行
            </Button>
          </Group>
        </Stack>
      )}
      <OfficialFiguresPanel refreshKey={imports} />
    </Stack>
  );
}
