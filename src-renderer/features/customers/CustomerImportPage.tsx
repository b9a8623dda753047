import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import {
  CUSTOMER_IMPORT_FIELDS,
  CUSTOMER_IMPORT_LABELS,
  type CustomerImportPreview,
} from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ColumnMapping, MappingSelects } from '../../app/import/ColumnMapping';
import { ExcelFilePick } from '../../app/import/ExcelFilePick';
import { ImportButton } from '../../app/import/ImportButton';
import { ImportPreview } from '../../app/import/ImportPreview';
import { ImportProblems } from '../../app/import/ImportProblems';
import { useSheetCheck } from '../../app/import/use-sheet-check';
import { ImportPreviewTable } from './ImportPreviewTable';

type Mapping = Partial<Record<(typeof CUSTOMER_IMPORT_FIELDS)[number], string>>;

const FIELDS = CUSTOMER_IMPORT_FIELDS.map((f) => ({
  key: f,
  label: CUSTOMER_IMPORT_LABELS[f],
  required: f === 'name',
}));

const problemText = (p: CustomerImportPreview['problems'][number]) =>
  p.row === null || p.message.startsWith('第') ? p.message : `第 ${p.row} 行:${p.message}`;

/**
 * 导入客户: an existing customer list (.xlsx) comes into the file. Choose the file, say which column
 * is which, read the preview and every problem by its row; nothing is stored until 导入, and
 * nothing at all while any row has a problem.
 */
export function CustomerImportPage() {
  const navigate = useNavigate();
  const { uploadId, preview, mapping, busy, setBusy, check, choose, remap } = useSheetCheck((id, m) =>
    api('customers.importPreview', { uploadId: id, ...(m ? { mapping: m as Mapping } : {}) }),
  );

  const importNow = async () => {
    if (!uploadId) return;
    setBusy(true);
    try {
      const done = await api('customers.import', {
        uploadId,
        ...(Object.keys(mapping).length ? { mapping: mapping as Mapping } : {}),
      });
      notifyOk(
        `已导入 ${done.imported ?? done.rowCount} 个客户(新增 ${done.newCount},更新 ${done.updateCount})。`,
      );
      navigate('/customers');
    } catch (err) {
      notifyError(err, '未导入');
      // The file may have been judged again at import: show what it says now.
      void check(uploadId, mapping);
    } finally {
      setBusy(false);
    }
  };

  const headers = preview?.headers.filter(Boolean) ?? [];
  const ready = preview !== null && preview.problemCount === 0 && preview.rowCount > 0;
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={3}>导入客户</Title>
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => navigate('/customers')}
        >
          返回客户档案
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        第一行为列名,每行一个客户。至少需要“客户名称”列;编号已在档案中的客户将按表格内容更新。
        有任何问题时不会导入任何一行,请按提示改正表格后重新选择文件。
      </Text>
      <ExcelFilePick
        onChoose={(f) => void choose(f)}
        loading={busy && !preview}
        chosen={preview && `${preview.fileName}:${preview.rowCount} 行`}
      />

      {preview && headers.length > 0 && (
        <ColumnMapping
          hint="已按列名自动对应;如有不对,请为各项选择表格中的列,改动后会重新检查。"
          missing={preview.mapping === null ? '没有找到“客户名称”列,请在下面为“客户名称”选择一列。' : null}
        >
          <MappingSelects
            fields={FIELDS}
            headers={headers}
            mapping={mapping}
            onChange={remap}
            cols={{ base: 2, md: 5 }}
            placeholder="不导入"
          />
        </ColumnMapping>
      )}

      {preview && (
        <ImportProblems total={preview.problemCount} messages={preview.problems.map(problemText)} />
      )}

      {preview && preview.rows.length > 0 && (
        <ImportPreview
          passed={
            ready &&
            `共 ${preview.rowCount} 行:新增 ${preview.newCount} 个客户,更新 ${preview.updateCount} 个。`
          }
          shown={preview.rows.length}
          total={preview.rowCount}
        >
          <ImportPreviewTable rows={preview.rows} />
        </ImportPreview>
      )}
      {preview && (
        <ImportButton
          label={`导入 ${preview.rowCount} 个客户`}
          onImport={() => void importNow()}
          loading={busy}
          ready={ready}
          rowCount={preview.rowCount}
          noRows="表格中没有客户行。"
        />
      )}
    </Stack>
  );
}
