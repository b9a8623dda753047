import { Button, FileButton, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The file step of an Excel import: the button that picks an .xlsx, any note beside it, and what
 * was chosen once the sheet has been read.
 */
export function ExcelFilePick({
  onChoose,
  loading,
  disabled,
  label = '选择 Excel 文件',
  leftSection,
  chosen,
  children,
}: {
  onChoose: (file: File | null) => void;
  loading: boolean;
  disabled?: boolean;
  label?: string;
  leftSection?: ReactNode;
  /** The chosen file as the screen names it, e.g. “客户.xlsx:12 行”; nothing before a file is read. */
  chosen?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Group>
      <FileButton onChange={onChoose} accept={XLSX}>
        {(props) => (
          <Button {...props} loading={loading} disabled={disabled} leftSection={leftSection}>
            {label}
          </Button>
        )}
      </FileButton>
      {children}
      {chosen && <Text size="sm">{chosen}</Text>}
    </Group>
  );
}
