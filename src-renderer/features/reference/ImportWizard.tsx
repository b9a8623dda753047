import { Alert, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { Link } from 'react-router';
import { notifyError, notifyOk } from '../../api/notify';
import { ColumnMapping, MappingSelects } from '../../app/import/ColumnMapping';
import { ExcelFilePick } from '../../app/import/ExcelFilePick';
import { ImportButton } from '../../app/import/ImportButton';
import { ImportPreview } from '../../app/import/ImportPreview';
import { ImportProblems } from '../../app/import/ImportProblems';
import { ACTION_COLUMN, type PreviewColumn, PreviewTable } from '../../app/import/PreviewTable';
import { useSheetCheck } from '../../app/import/use-sheet-check';
import type { AnyPreview, KindConfig } from './import-kinds';
import { REF_PATHS } from './reference-format';

/** The step the sheet has reached: chosen, columns settled, checked clean, imported. */
function stepOf(preview: AnyPreview | null): number {
  if (!preview) return 0;
  if (preview.imported !== null) return 4;
  if (preview.mapping === null) return 1;
  return preview.problemCount === 0 && preview.rowCount > 0 ? 3 : 2;
}

/**
 * One Excel import: choose the file, say which column is which, read the preview and every
 * problem by its row; nothing is stored until 导入, and nothing at all while any row has a problem.
 */
export function ImportWizard<P extends AnyPreview>({ kind }: { kind: KindConfig<P> }) {
  const { uploadId, preview, setPreview, mapping, busy, setBusy, check, choose, remap } = useSheetCheck(
    kind.preview,
  );

  const importNow = async () => {
    if (!uploadId) return;
    setBusy(true);
    try {
      const done = await kind.run(uploadId, Object.keys(mapping).length ? mapping : undefined);
      setPreview(done);
      notifyOk(`已导入 ${done.imported ?? done.rowCount} ${kind.unit}。`);
    } catch (err) {
      notifyError(err, '未导入');
      // The file may have been judged again at import: show what it says now.
      void check(uploadId, mapping);
    } finally {
      setBusy(false);
    }
  };

  const headers = preview?.headers.filter(Boolean) ?? [];
  const step = stepOf(preview);
  const ready = step === 3;
  const fields = Object.entries(kind.labels).map(([key, label]) => ({
    key,
    label,
    required: kind.required.includes(key),
  }));
  const columns: PreviewColumn<P['rows'][number]>[] = [ACTION_COLUMN, ...kind.columns];
  return (
    <Stack>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} aria-label="导入步骤">
        <Stepper.Step label="选择文件" />
        <Stepper.Step label="列对应" />
        <Stepper.Step label="检查" />
        <Stepper.Step label="导入" />
      </Stepper>
      <Text size="sm" c="dimmed">
        {kind.intro} 有任何问题时不会导入任何一行,请按提示改正表格后重新选择文件。
      </Text>
      <ExcelFilePick
        onChoose={(f) => void choose(f)}
        loading={busy && !preview}
        label={preview ? '重新选择 Excel 文件' : '选择 Excel 文件'}
        leftSection={<IconFileSpreadsheet size={16} />}
        chosen={preview && `${preview.fileName}:${preview.rowCount} 行`}
      />

      {preview && preview.imported === null && headers.length > 0 && (
        <ColumnMapping
          hint="已按列名自动对应;如有不对,请为各项选择表格中的列,改动后会重新检查。带 * 的为必需列。"
          missing={preview.mapping === null ? '有必需的列没有找到,请在下面为带 * 的各项选择一列。' : null}
        >
          <MappingSelects
            fields={fields}
            headers={headers}
            mapping={mapping}
            onChange={remap}
            cols={{ base: 2, md: 4, lg: 6 }}
            placeholder="请选择"
            optionalPlaceholder="不导入"
            missingError={preview.mapping === null ? '请选择一列' : undefined}
          />
        </ColumnMapping>
      )}

      {preview && (
        <ImportProblems total={preview.problemCount} messages={preview.problems.map((p) => p.message)} />
      )}

      {preview && preview.imported !== null && (
        <Alert color="green" title={`已导入${kind.noun}`} role="status">
          <Text size="sm">
            共 {preview.imported} 行:新增 {preview.newCount},更新 {preview.updateCount},不变{' '}
            {preview.sameCount}
            {preview.seq !== null ? `;变更序号 ${preview.seq}` : ''}。
          </Text>
          <Text size="sm" mt={4}>
            办事处要在下一个参考数据包中才能收到这些数据。
          </Text>
          <Group mt="sm">
            <Button component={Link} to={kind.back.to} size="xs" variant="default">
              {kind.back.label}
            </Button>
            <Button component={Link} to={REF_PATHS.publish} size="xs">
              去下发参考数据
            </Button>
          </Group>
        </Alert>
      )}

      {preview && preview.rows.length > 0 && (
        <ImportPreview
          passed={
            ready && (
              <>
                共 {preview.rowCount} 行:新增 {preview.newCount},更新 {preview.updateCount},不变{' '}
                {preview.sameCount}。
              </>
            )
          }
          shown={preview.rows.length}
          total={preview.rowCount}
          withheld={preview.problemCount > 0 ? '预览中只列出没有问题的行。' : null}
        >
          <PreviewTable rows={preview.rows} columns={columns} minWidth={900} />
        </ImportPreview>
      )}
      {preview && preview.imported === null && (
        <ImportButton
          label={`导入 ${preview.rowCount} ${kind.unit}`}
          onImport={() => void importNow()}
          loading={busy}
          ready={ready}
          rowCount={preview.rowCount}
          noRows="表格中没有数据行。"
        />
      )}
    </Stack>
  );
}
