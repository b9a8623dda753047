import { Button, Group, Text } from '@mantine/core';

/** 导入 …, and while it can't be pressed, why not. */
export function ImportButton({
  label,
  onImport,
  loading,
  ready,
  rowCount,
  noRows,
}: {
  label: string;
  onImport: () => void;
  loading: boolean;
  ready: boolean;
  rowCount: number;
  /** Said when the sheet has no rows at all, e.g. 表格中没有客户行。 */
  noRows: string;
}) {
  return (
    <Group>
      <Button onClick={onImport} loading={loading} disabled={!ready}>
        {label}
      </Button>
      {!ready && (
        <Text size="sm" c="dimmed">
          {rowCount === 0 ? noRows : '改正全部问题后才能导入。'}
        </Text>
      )}
    </Group>
  );
}
