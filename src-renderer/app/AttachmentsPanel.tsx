import { Anchor, Button, FileButton, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { Attachment } from '../../src-shared/contract';
import { deliverFile, uploadFile } from '../api/client';
import { notifyError, notifyOk } from '../api/notify';
import { formatInstant } from './format';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** What one panel calls its files and how it stores and opens them. */
export interface AttachmentsPanelProps {
  files: Attachment[];
  canUpload: boolean;
  onChanged: () => void;
  /** 证据, 培训资料: the panel's title, and the word its messages use. */
  title: string;
  /** The unit counted after an upload, e.g. 个证据文件. */
  countNoun: string;
  uploadLabel: string;
  tableLabel: string;
  emptyText: string;
  accept: string;
  /** Stores one uploaded file with its owner (a case, a session). */
  attach: (uploadId: string) => Promise<unknown>;
  /** Hands out a stored file as a download. */
  download: (attachmentId: number) => Promise<{ fileId: string; fileName: string }>;
}

/** The files kept with a record: a list to open them from and, while allowed, an upload button. */
export function AttachmentsPanel(p: AttachmentsPanelProps) {
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const upload = async (picked: File[]) => {
    if (picked.length === 0) return;
    setBusy(true);
    let stored = 0;
    try {
      for (const f of picked) {
        const { uploadId } = await uploadFile(f);
        await p.attach(uploadId);
        stored += 1;
      }
      notifyOk(`已上传 ${stored} ${p.countNoun}。`);
    } catch (err) {
      notifyError(err, stored ? `已上传 ${stored} 个,其余未能上传` : `${p.title}未能上传`);
    } finally {
      setBusy(false);
      p.onChanged();
    }
  };

  const open = async (a: Attachment) => {
    try {
      await deliverFile(await p.download(a.id));
    } catch (err) {
      notifyError(err, `未能打开${p.title}`);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={4} id={headingId}>
          {p.title}({p.files.length})
        </Title>
        {p.canUpload && (
          <FileButton onChange={(f) => void upload(f)} accept={p.accept} multiple>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={busy}>
                {p.uploadLabel}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {p.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {p.emptyText}
        </Text>
      ) : (
        <Table aria-label={p.tableLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文件</Table.Th>
              <Table.Th>大小</Table.Th>
              <Table.Th>上传人</Table.Th>
              <Table.Th>时间</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.files.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => void open(a)}>
                    {a.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{sizeText(a.bytes)}</Table.Td>
                <Table.Td>{a.byName}</Table.Td>
                <Table.Td>{formatInstant(a.at)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
