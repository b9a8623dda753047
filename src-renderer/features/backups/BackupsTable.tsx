import { Badge, Button, Table, Text, Tooltip } from '@mantine/core';
import type { BackupEntry } from '../../../src-shared/contract/backups';
import { formatInstant } from '../../app/format';
import { formatSize, KIND_LABELS } from './labels';

/** The backups in the folder, newest first, each with its check and a 恢复 button. */
export function BackupsTable({
  backups,
  onRestore,
}: {
  backups: readonly BackupEntry[];
  onRestore: (backup: BackupEntry) => void;
}) {
  if (backups.length === 0) {
    return <Text c="dimmed">备份文件夹里还没有备份。点“立即备份”做第一份。</Text>;
  }
  return (
    <Table striped highlightOnHover aria-label="备份列表">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>类型</Table.Th>
          <Table.Th>时间</Table.Th>
          <Table.Th>大小</Table.Th>
          <Table.Th>检查</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.id}>
            <Table.Td>{KIND_LABELS[b.kind]}</Table.Td>
            <Table.Td>{formatInstant(b.createdAt)}</Table.Td>
            <Table.Td>{formatSize(b.bytes)}</Table.Td>
            <Table.Td>
              {b.check === 'ok' ? (
                <Badge color="green" variant="light">
                  完好
                </Badge>
              ) : (
                <Tooltip label={b.checkDetail ?? '完整性检查未通过'}>
                  <Badge color="red" variant="light">
                    损坏
                  </Badge>
                </Tooltip>
              )}
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="default"
                disabled={b.check !== 'ok'}
                aria-label={`恢复 ${formatInstant(b.createdAt)} 的备份`}
                onClick={() => onRestore(b)}
              >
                恢复…
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
