import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Under the preview: what it leaves out. */
export function ShownRowsNote({
  shown,
  total,
  withheld,
}: {
  shown: number;
  total: number;
  /** Said instead when rows with problems are kept out of the preview. */
  withheld?: string | null;
}) {
  if (withheld) {
    return (
      <Text size="sm" c="dimmed">
        {withheld}
      </Text>
    );
  }
  if (total <= shown) return null;
  return (
    <Text size="sm" c="dimmed">
      只列出前 {shown} 行。
    </Text>
  );
}

/** The preview of the rows: 检查通过 with its summary once the sheet is clean, then the table. */
export function ImportPreview({
  passed,
  shown,
  total,
  withheld,
  children,
}: {
  /** The summary of a clean sheet; nothing while it has problems. */
  passed?: ReactNode;
  shown: number;
  total: number;
  withheld?: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      {passed && (
        <Alert color="blue" title="检查通过">
          {passed}
        </Alert>
      )}
      {children}
      <ShownRowsNote shown={shown} total={total} withheld={withheld} />
    </Stack>
  );
}
