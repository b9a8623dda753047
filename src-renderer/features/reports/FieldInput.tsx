import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import type { FieldDef } from '../../../src-shared/domain/forms';

interface Props {
  field: FieldDef;
  value: unknown;
  error?: string | undefined;
  readOnly: boolean;
  onChange: (value: unknown) => void;
  onEnter?: () => void;
}

/** One declared field as an input; the same declaration validates it at the API and prints it. */
export function FieldInput({ field, value, error, readOnly, onChange, onEnter }: Props) {
  const common = {
    label: field.label,
    error,
    readOnly,
    withAsterisk: field.required,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (
        e.key === 'Enter' &&
        onEnter &&
        (e.target as HTMLElement).tagName === 'INPUT' &&
        !e.defaultPrevented
      ) {
        e.preventDefault();
        onEnter();
      }
    },
  };
  switch (field.type) {
    case 'integer':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={field.min}
          max={field.max}
          allowDecimal={false}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={field.max}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <DateInput
          {...common}
          valueFormat="YYYY-MM-DD"
          placeholder="年-月-日"
          clearable
          value={typeof value === 'string' && value ? value : null}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'time':
      return (
        <TimeInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={[...(field.options ?? [])]}
          value={typeof value === 'string' && value ? value : null}
          onChange={(v) => onChange(v ?? '')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          maxLength={field.max}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
