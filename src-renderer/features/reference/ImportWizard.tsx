import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { uploadFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ActionBadge, type AnyPreview, type KindConfig, type Mapping } from './import-kinds';
import { REF_PATHS } from './reference-format';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState(false);

  const check = async (id: string, m?: Mapping) => {
    setBusy(true);
    try {
      const p = await kind.preview(id, m && Object.keys(m).length ? m : undefined);
      setPreview(p);
      setMapping(p.mapping ?? m ?? {});
    } catch (err) {
      notifyError(err, '文件未能读取');
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setPreview(null);
    setMapping({});
    setBusy(true);
    try {
      const staged = await uploadFile(file);
      setUploadId(staged.uploadId);
      await check(staged.uploadId);
    } catch (err) {
      notifyError(err, '文件未能上传');
    } finally {
      setBusy(false);
    }
  };

  const remap = (field: string, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    setMapping(next);
    if (uploadId) void check(uploadId, next);
  };

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
      <Group>
        <FileButton onChange={(f) => void choose(f)} accept={XLSX}>
          {(props) => (
            <Button {...props} loading={busy && !preview} leftSection={<IconFileSpreadsheet size={16} />}>
              {preview ? '重新选择 Excel 文件' : '选择 Excel 文件'}
            </Button>
          )}
        </FileButton>
        {preview && (
          <Text size="sm">
            {preview.fileName}:{preview.rowCount} 行
          </Text>
        )}
      </Group>

      {preview && preview.imported === null && headers.length > 0 && (
        <Stack gap="xs" component="section" aria-label="列对应">
          <Text fw={600}>列对应</Text>
          <Text size="sm" c="dimmed">
            已按列名自动对应;如有不对,请为各项选择表格中的列,改动后会重新检查。带 * 的为必需列。
          </Text>
          {preview.mapping === null && (
            <Alert color="red" role="alert">
              有必需的列没有找到,请在下面为带 * 的各项选择一列。
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, md: 4, lg: 6 }}>
            {Object.entries(kind.labels).map(([field, label]) => {
              const required = kind.required.includes(field);
              return (
                <Select
                  key={field}
                  label={label}
                  withAsterisk={required}
                  data={headers}
                  value={mapping[field] ?? null}
                  onChange={(h) => remap(field, h)}
                  clearable={!required}
                  placeholder={required ? '请选择' : '不导入'}
                  error={required && preview.mapping === null && !mapping[field] ? '请选择一列' : undefined}
                />
              );
            })}
          </SimpleGrid>
        </Stack>
      )}

      {preview && preview.problemCount > 0 && (
        <Alert color="red" title={`有 ${preview.problemCount} 处问题,改正后才能导入`} role="alert">
          <List size="sm" aria-label="导入问题">
            {preview.problems.map((p, i) => (
              <List.Item key={i}>{p.message}</List.Item>
            ))}
          </List>
          {preview.problemCount > preview.problems.length && (
            <Text size="sm">另有 {preview.problemCount - preview.problems.length} 处未列出。</Text>
          )}
        </Alert>
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
        <Stack gap="xs">
          {ready && (
            <Alert color="blue" title="检查通过">
              共 {preview.rowCount} 行:新增 {preview.newCount},更新 {preview.updateCount},不变{' '}
              {preview.sameCount}。
            </Alert>
          )}
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder striped aria-label="导入预览">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>行</Table.Th>
                  <Table.Th>操作</Table.Th>
                  {kind.columns.map((c) => (
                    <Table.Th key={c.label} ta={c.right ? 'right' : undefined}>
                      {c.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>
                      <ActionBadge action={r.action} />
                    </Table.Td>
                    {kind.columns.map((c) => (
                      <Table.Td key={c.label} ta={c.right ? 'right' : undefined}>
                        {c.cell(r as P['rows'][number])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {preview.problemCount > 0 ? (
            <Text size="sm" c="dimmed">
              预览中只列出没有问题的行。
            </Text>
          ) : (
            preview.rowCount > preview.rows.length && (
              <Text size="sm" c="dimmed">
                只列出前 {preview.rows.length} 行。
              </Text>
            )
          )}
        </Stack>
      )}
      {preview && preview.imported === null && (
        <Group>
          <Button onClick={() => void importNow()} loading={busy} disabled={!ready}>
            导入 {preview.rowCount} {kind.unit}
          </Button>
          {!ready && (
            <Text size="sm" c="dimmed">
              {preview.rowCount === 0 ? '表格中没有数据行。' : '改正全部问题后才能导入。'}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
