import { Button, Code, Paper, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { api, deliverFile } from '../../api/client';
import type { HqBundle } from './BundleHeader';
import { sizeLabel } from './labels';
import { useBusyAction } from './use-api';

/** The files as the office wrote them: its Word documents, data/bundle.json and summary.xlsx. */
export function BundleFilesTable({ files }: { files: HqBundle['files'] }) {
  const { busy, run } = useBusyAction<number>();
  const download = (fileId: number) =>
    run(fileId, async () => deliverFile(await api('hq.files.get', { fileId })), '未能下载');

  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        文件（{files.length}）
      </Text>
      <Table aria-label="数据包中的文件">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>文件</Table.Th>
            <Table.Th>路径</Table.Th>
            <Table.Th ta="right">大小</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.title}</Table.Td>
              <Table.Td>
                <Code style={{ wordBreak: 'break-all' }}>{f.path}</Code>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {sizeLabel(f.bytes)}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={14} />}
                  loading={busy === f.id}
                  onClick={() => void download(f.id)}
                  aria-label={`下载 ${f.title}`}
                >
                  下载
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
