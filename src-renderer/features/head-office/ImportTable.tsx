import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import {
  importResultLabel,
  INSPECT_STATE_COLORS,
  INSPECT_STATE_LABELS,
  revisionLabel,
  sizeLabel,
} from './labels';
import type { ImportRow } from './use-bundle-import';

interface Props {
  rows: ImportRow[];
  busy: boolean;
  onTrust: (row: ImportRow) => void;
}

/** What importing a row did, or what the user may do with it. */
function RowOutcome({ row, busy, onTrust }: { row: ImportRow } & Omit<Props, 'rows'>) {
  if (row.outcome?.ok)
    return (
      <Text size="sm" c="green">
        {importResultLabel(row.outcome.result)}
      </Text>
    );
  return (
    <Stack gap={4} align="flex-start">
      {row.outcome && (
        <Text size="sm" c="red">
          失败：{row.outcome.message}
        </Text>
      )}
      {row.state === 'unknownOffice' && (
        <Button
          size="xs"
          variant="light"
          disabled={busy}
          onClick={() => onTrust(row)}
          aria-label={`确认指纹并导入 ${row.fileNames.join('、')}`}
        >
          确认指纹并导入
        </Button>
      )}
    </Stack>
  );
}

/** The bundles found in the picked files: one row per bundle (the parts of a split one together). */
export function ImportTable({ rows, busy, onTrust }: Props) {
  return (
    <Table aria-label="待导入的数据包" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>文件</Table.Th>
          <Table.Th>办事处</Table.Th>
          <Table.Th>月份</Table.Th>
          <Table.Th>版本</Table.Th>
          <Table.Th>检查结果</Table.Th>
          <Table.Th>导入</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>
              {row.fileNames.map((name) => (
                <Text key={name} size="sm" style={{ wordBreak: 'break-all' }}>
                  {name}
                </Text>
              ))}
              <Text size="xs" c="dimmed">
                {sizeLabel(row.bytes)}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.office ? (
                <>
                  <Text size="sm">{row.office.name}</Text>
                  <Text size="xs" c="dimmed">
                    {row.office.region ? `${row.office.region} · ` : ''}
                    {row.office.code}
                  </Text>
                </>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{row.period ?? '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {row.revision === null ? '—' : revisionLabel(row.revision)}
            </Table.Td>
            <Table.Td>
              <Badge color={INSPECT_STATE_COLORS[row.state]} variant="light">
                {INSPECT_STATE_LABELS[row.state]}
              </Badge>
              {row.message && (
                <Text size="sm" c={row.state === 'rejected' ? 'red' : undefined} mt={4}>
                  {row.message}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <RowOutcome row={row} busy={busy} onTrust={onTrust} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
