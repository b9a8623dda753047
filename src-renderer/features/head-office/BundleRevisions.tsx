import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstant } from '../../app/format';
import { revisionLabel } from './labels';
import { useApi } from './use-api';

interface Props {
  officeCode: string;
  period: string;
  /** The revision on screen. */
  bundleId: number;
}

/** Every revision of the office's month, newest first; older ones are kept as history. */
export function BundleRevisions({ officeCode, period, bundleId }: Props) {
  const { data: revisions } = useApi('hq.bundles.list', { officeCode, period });
  if (!revisions) return null;
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        本月各版本（{revisions.length}）
      </Text>
      <Table aria-label="数据包各版本">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>版本</Table.Th>
            <Table.Th>导出</Table.Th>
            <Table.Th>导入</Table.Th>
            <Table.Th>报表</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {revisions.map((r) => (
            <Table.Tr key={r.id} fw={r.id === bundleId ? 600 : undefined}>
              <Table.Td>
                {r.id === bundleId ? (
                  <span aria-current="page">{revisionLabel(r.revision)}（正在查看）</span>
                ) : (
                  <Anchor component={Link} to={`/bundle/${r.id}`}>
                    {revisionLabel(r.revision)}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                {formatInstant(r.exportedAt)} · {r.exportedBy}
              </Table.Td>
              <Table.Td>{formatInstant(r.importedAt)}</Table.Td>
              <Table.Td>{r.reportCount} 份</Table.Td>
              <Table.Td>
                {r.current && (
                  <Badge variant="light" color="green">
                    当前版本
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
