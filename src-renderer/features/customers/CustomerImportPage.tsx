import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CUSTOMER_IMPORT_FIELDS,
  CUSTOMER_IMPORT_LABELS,
  type CustomerImportPreview,
} from '../../../src-shared/contract';
import { api, uploadFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ImportPreviewTable } from './ImportPreviewTable';

type Field = (typeof CUSTOMER_IMPORT_FIELDS)[number];
type Mapping = Partial<Record<Field, string>>;

const problemText = (p: CustomerImportPreview['problems'][number]) =>
  p.row === null || p.message.startsWith('第') ? p.message : `第 ${p.row} 行:${p.message}`;

/**
 * 导入客户: an existing customer list (.xlsx) comes into the file. Choose the file, say which column
 * is which, read the preview and every problem by its row; nothing is stored until 导入, and
 * nothing at all while any row has a problem.
 */
export function CustomerImportPage() {
  const navigate = useNavigate();
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<CustomerImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState(false);

  const check = async (id: string, m?: Mapping) => {
    setBusy(true);
    try {
      const p = await api('customers.importPreview', {
        uploadId: id,
        ...(m && Object.keys(m).length ? { mapping: m } : {}),
      });
      setPreview(p);
      setMapping((p.mapping as Mapping | null) ?? m ?? {});
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

  const remap = (field: Field, header: string | null) => {
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
      const done = await api('customers.import', {
        uploadId,
        ...(Object.keys(mapping).length ? { mapping } : {}),
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
      <Group>
        <FileButton
          onChange={(f) => void choose(f)}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {(props) => (
            <Button {...props} loading={busy && !preview}>
              选择 Excel 文件
            </Button>
          )}
        </FileButton>
        {preview && (
          <Text size="sm">
            {preview.fileName}:{preview.rowCount} 行
          </Text>
        )}
      </Group>

      {preview && headers.length > 0 && (
        <Stack gap="xs" component="section" aria-label="列对应">
          <Text fw={600}>列对应</Text>
          <Text size="sm" c="dimmed">
            已按列名自动对应;如有不对,请为各项选择表格中的列,改动后会重新检查。
          </Text>
          {preview.mapping === null && (
            <Alert color="red" role="alert">
              没有找到“客户名称”列,请在下面为“客户名称”选择一列。
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {CUSTOMER_IMPORT_FIELDS.map((f) => (
              <Select
                key={f}
                label={CUSTOMER_IMPORT_LABELS[f]}
                withAsterisk={f === 'name'}
                data={headers}
                value={mapping[f] ?? null}
                onChange={(h) => remap(f, h)}
                clearable={f !== 'name'}
                placeholder="不导入"
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}

      {preview && preview.problemCount > 0 && (
        <Alert color="red" title={`有 ${preview.problemCount} 处问题,改正后才能导入`} role="alert">
          <List size="sm" aria-label="导入问题">
            {preview.problems.map((p, i) => (
              <List.Item key={i}>{problemText(p)}</List.Item>
            ))}
          </List>
          {preview.problemCount > preview.problems.length && (
            <Text size="sm">另有 {preview.problemCount - preview.problems.length} 处未列出。</Text>
          )}
        </Alert>
      )}

      {preview && preview.rows.length > 0 && (
        <Stack gap="xs">
          {ready && (
            <Alert color="blue" title="检查通过">
              共 {preview.rowCount} 行:新增 {preview.newCount} 个客户,更新 {preview.updateCount} 个。
            </Alert>
          )}
          <ImportPreviewTable rows={preview.rows} />
          {preview.rowCount > preview.rows.length && (
            <Text size="sm" c="dimmed">
              只列出前 {preview.rows.length} 行。
            </Text>
          )}
        </Stack>
      )}
      {preview && (
        <Group>
          <Button onClick={() => void importNow()} loading={busy} disabled={!ready}>
            导入 {preview.rowCount} 个客户
          </Button>
          {!ready && (
            <Text size="sm" c="dimmed">
              {preview.rowCount === 0 ? '表格中没有客户行。' : '改正全部问题后才能导入。'}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
