import { Badge, Button, Code, Group, Paper, Table, Text } from '@mantine/core';
import type { BundleExportSummary } from '../../../src-shared/contract';
import { api, deliverFile, isDesktop, showInOutbox } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatInstant } from '../../app/format';

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('zh-CN')} KB`;

/** The actions for one file in the outbox: show it in the folder, or a mail draft that carries it. */
export function OutboxFileActions({
  month,
  revision,
  fileName,
}: {
  month: string;
  revision: number;
  fileName: string;
}) {
  const draft = async () => {
    try {
      await deliverFile(await api('bundles.eml', { month, revision, fileName }));
    } catch (err) {
      notifyError(err, '未能生成邮件草稿');
    }
  };
  return (
    <Group gap="xs" wrap="nowrap">
      {isDesktop && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => void showInOutbox(fileName).catch(notifyError)}
        >
          在文件夹中显示
        </Button>
      )}
      <Button size="compact-xs" variant="subtle" onClick={() => void draft()}>
        邮件草稿(.eml)
      </Button>
    </Group>
  );
}

/** 发件箱: every bundle exported so far, newest first, and which revision replaced which. */
export function OutboxPanel({ exports, folder }: { exports: BundleExportSummary[]; folder: string | null }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600}>发件箱</Text>
      {folder && (
        <Text size="sm" c="dimmed" mb="xs">
          文件夹:<Code>{folder}</Code>
        </Text>
      )}
      {exports.length === 0 ? (
        <Text c="dimmed" size="sm">
          还没有导出过数据包。
        </Text>
      ) : (
        <Table aria-label="发件箱">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>月份</Table.Th>
              <Table.Th>版本</Table.Th>
              <Table.Th>文件</Table.Th>
              <Table.Th>报表</Table.Th>
              <Table.Th>导出时间</Table.Th>
              <Table.Th>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exports.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.month}</Table.Td>
                <Table.Td>第 {e.revision} 版</Table.Td>
                <Table.Td>
                  {e.files.map((f) => (
                    <Group key={f.fileName} gap="xs" wrap="nowrap">
                      <Code>{f.fileName}</Code>
                      <Text size="xs" c="dimmed">
                        {kb(f.bytes)}
                      </Text>
                      {e.present && (
                        <OutboxFileActions month={e.month} revision={e.revision} fileName={f.fileName} />
                      )}
                    </Group>
                  ))}
                </Table.Td>
                <Table.Td>
                  {e.reportCount} 份{e.gapCount ? `,缺报等 ${e.gapCount} 项` : ''}
                </Table.Td>
                <Table.Td>
                  {formatInstant(e.createdAt)} · {e.createdBy.name}
                </Table.Td>
                <Table.Td>
                  {!e.present ? (
                    <Badge color="gray">文件已移走</Badge>
                  ) : e.supersededBy ? (
                    <Badge color="gray" variant="light">
                      已被第 {e.supersededBy} 版取代
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light">
                      最新
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
