import { Alert, Select, SimpleGrid, type SimpleGridProps, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One field of the import and whether the sheet must have a column for it. */
export interface MappingField {
  key: string;
  label: string;
  required?: boolean;
}

/**
 * A select per field, each offering the sheet's column headers. A required field can't be cleared;
 * `missingError` marks the required fields still without a column.
 */
export function MappingSelects({
  fields,
  headers,
  mapping,
  onChange,
  cols,
  placeholder,
  optionalPlaceholder = placeholder,
  missingError,
  markRequired = true,
}: {
  fields: readonly MappingField[];
  headers: string[];
  mapping: Partial<Record<string, string>>;
  onChange: (field: string, header: string | null) => void;
  cols: SimpleGridProps['cols'];
  placeholder: string;
  optionalPlaceholder?: string;
  missingError?: string;
  /** Whether required fields carry the asterisk. */
  markRequired?: boolean;
}) {
  return (
    <SimpleGrid cols={cols}>
      {fields.map(({ key, label, required = false }) => (
        <Select
          key={key}
          label={label}
          withAsterisk={markRequired && required}
          data={headers}
          value={mapping[key] ?? null}
          onChange={(h) => onChange(key, h)}
          clearable={!required}
          placeholder={required ? placeholder : optionalPlaceholder}
          error={required && missingError && !mapping[key] ? missingError : undefined}
        />
      ))}
    </SimpleGrid>
  );
}

/** 列对应: which column of the sheet holds which field, with what the screen says about it. */
export function ColumnMapping({
  hint,
  missing,
  children,
}: {
  hint: string;
  /** Said in red above the selects when a required column was not found by its name. */
  missing?: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-label="列对应">
      <Text fw={600}>列对应</Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      {missing && (
        <Alert color="red" role="alert">
          {missing}
        </Alert>
      )}
      {children}
    </Stack>
  );
}
