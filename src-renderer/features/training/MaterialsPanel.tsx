import { Anchor, Button, FileButton, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Attachment } from '../../../src-shared/contract';
import { api, deliverFile, uploadFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { formatInstant } from '../../app/format';

const ACCEPT = '.pdf,.doc,.docx,.ppt,.pptx,.xls,.xlsx,.jpg,.jpeg,.png';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 培训资料: slides, handouts and the test paper, kept with the session. */
export function MaterialsPanel({
  sessionId,
  files,
  canUpload,
  onChanged,
}: {
  sessionId: number;
  files: Attachment[];
  canUpload: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);

  const upload = async (picked: File[]) => {
    if (picked.length === 0) return;
    setBusy(true);
    let stored = 0;
    try {
      for (const f of picked) {
        const { uploadId } = await uploadFile(f);
        await api('training.attach', { id: sessionId, uploadId });
        stored += 1;
      }
      notifyOk(`已上传 ${stored} 个培训资料。`);
    } catch (err) {
      notifyError(err, stored ? `已上传 ${stored} 个,其余未能上传` : '培训资料未能上传');
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const open = async (a: Attachment) => {
    try {
      await deliverFile(await api('training.material', { attachmentId: a.id }));
    } catch (err) {
      notifyError(err, '未能打开培训资料');
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="training-materials">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="training-materials">
          培训资料({files.length})
        </Title>
        {canUpload && (
          <FileButton onChange={(f) => void upload(f)} accept={ACCEPT} multiple>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={busy}>
                上传资料
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有资料。可上传课件、讲义或试卷(PDF、Word、PPT、Excel、图片,每个不超过20 MB)。
        </Text>
      ) : (
        <Table aria-label="培训资料">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文件</Table.Th>
              <Table.Th>大小</Table.Th>
              <Table.Th>上传人</Table.Th>
              <Table.Th>时间</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((a) => (
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
