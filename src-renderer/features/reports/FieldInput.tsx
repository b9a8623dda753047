import { Group, NumberInput, Radio, Select, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import {
  decimalsOf,
  type FieldDef,
  formatFieldValue,
  normalizeDateTime,
} from '../../../src-shared/domain/forms';
import { CustomerPicker } from '../customers';
import { TimeField } from './TimeField';

type Values = Record<string, unknown>;

export interface FieldInputProps {
  field: FieldDef;
  value: unknown;
  error?: string | undefined;
  readOnly: boolean;
  onChange: (value: unknown) => void;
  onEnter?: () => void;
  /**
   * The record the field belongs to (the form's data, or a table row): a computed field shows the
   * value derived from it, a person field reads the stored name from it.
   */
  record?: Values;
  /**
   * Sets several keys of the record at once: a person also stores its name (`nameKey`), a customer its
   * id and what picking it fills in. Without it only the field's own value changes.
   */
  onRecordChange?: (patch: Values) => void;
  /** People a 'person' field picks from (active reps, say). */
  people?: readonly { id: number; name: string }[];
  /** The value the app pre-filled (a `prefill` field, or a cell of a `prefill` table): shown as edited once it differs. */
  prefilledValue?: unknown;
  /** Decision fields (批复意见…) are read-only unless this is true; they ignore `readOnly`. */
  decisionEditable?: boolean;
  /**
   * A cell of a dense table: the column head names the field, so the label is only announced
   * (aria-label), hints are left out and a missing value says only 请填写 / 请选择.
   */
  compact?: boolean;
  /** Lines a long text shows before it grows (default 1). */
  textareaRows?: number;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** The message shown at a field: a required value left empty reads 请填写… / 请选择…, not a format rule. */
export function fieldErrorText(field: FieldDef, value: unknown, error: string | undefined, compact = false) {
  if (!error) return undefined;
  if (!field.required || !isBlank(value)) return error;
  const verb =
    field.type === 'select' || field.type === 'person' || field.type === 'choice' ? '请选择' : '请填写';
  return compact ? verb : `${verb}${field.label}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  return (empty(a) && empty(b)) || a === b;
}

/** The hint under a field: pre-filled or edited since, a decision's owner, or a derived value. */
function hintOf(field: FieldDef, props: FieldInputProps, locked: boolean): ReactNode {
  if (field.decision && locked) return '由上级批复时填写';
  if (props.prefilledValue === undefined || props.prefilledValue === null) return undefined;
  // A cell of a pre-filled table speaks up only once edited; a pre-filled field also says where it came from.
  if (sameValue(props.value, props.prefilledValue)) return field.prefill ? '预填' : undefined;
  return (
    <Text span size="xs" fw={700} c="orange.8" data-edited="true">
      已修改(预填 {formatFieldValue(field, props.prefilledValue)})
    </Text>
  );
}

/** One declared field as an input; the same declaration validates it at the API and prints it. */
export function FieldInput(props: FieldInputProps) {
  const { field, value, onChange, onEnter, record, onRecordChange, people, compact } = props;
  const readOnly = field.compute ? true : field.decision ? !props.decisionEditable : props.readOnly;
  const description = compact ? undefined : hintOf(field, props, readOnly);
  const error = fieldErrorText(field, value, props.error, compact);
  // Values nobody here types (derived, or another person's decision) look filled in and are skipped by Tab.
  const locked = Boolean(field.compute) || (Boolean(field.decision) && readOnly);
  const patch = (p: Values) => (onRecordChange ? onRecordChange(p) : onChange(p[field.key]));
  const common = {
    ...(compact ? { 'aria-label': field.label, 'aria-required': field.required } : { label: field.label }),
    error,
    readOnly,
    description,
    withAsterisk: field.required && !readOnly,
    ...(locked ? { variant: 'filled', tabIndex: -1 } : {}),
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

  if (field.compute) {
    return (
      <TextInput
        {...common}
        placeholder="自动计算"
        value={formatFieldValue(field, value, record)}
        onChange={() => undefined}
      />
    );
  }

  switch (field.type) {
    case 'integer':
    case 'score':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={field.min ?? (field.type === 'score' ? 1 : undefined)}
          max={field.max ?? (field.type === 'score' ? 5 : undefined)}
          clampBehavior={field.type === 'score' ? 'strict' : 'blur'}
          placeholder={field.type === 'score' ? '1–5' : field.placeholder}
          allowDecimal={false}
          allowNegative={(field.min ?? 0) < 0}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={field.min}
          max={field.max}
          decimalScale={decimalsOf(field)}
          thousandSeparator=","
          allowNegative={field.min === undefined || field.min < 0}
          hideControls
          rightSection={field.unit ? <Text size="sm">{field.unit}</Text> : undefined}
          rightSectionPointerEvents="none"
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={props.textareaRows ?? 1}
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
          clearable={!readOnly}
          value={typeof value === 'string' && value ? value : null}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'time':
      return (
        <TimeField
          {...common}
          fieldLabel={field.label}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
        />
      );
    case 'datetime':
      // Typed, not picked: a clerk copying a paper form types 2026-11-26 10:30 faster than any picker.
      return (
        <TextInput
          {...common}
          placeholder="年-月-日 时:分"
          maxLength={20}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          onBlur={(e) => {
            const normal = normalizeDateTime(e.currentTarget.value);
            if (normal !== e.currentTarget.value) onChange(normal);
          }}
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
          // With nothing picked there is no option to return to: skip the deferred lookup of one,
          // which could undo a quick ArrowDown so that the Enter after it picked nothing.
          selectFirstOptionOnDropdownOpen={!(typeof value === 'string' && value)}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'choice':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'string' && value ? value : null}
          onChange={(v) => onChange(v)}
        >
          <Group gap="md" mt={6} wrap="wrap">
            {(field.options ?? []).map((o) => (
              <Radio key={o} value={o} label={o} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'person': {
      const id = typeof value === 'number' ? value : null;
      const name = field.nameKey && typeof record?.[field.nameKey] === 'string' ? record[field.nameKey] : '';
      const options = (people ?? []).map((p) => ({ value: String(p.id), label: p.name }));
      // Someone no longer on the list (left, or another region's) still shows under their stored name.
      if (id !== null && !options.some((o) => o.value === String(id))) {
        options.push({ value: String(id), label: (name as string) || `#${id}` });
      }
      return (
        <Select
          {...common}
          data={options}
          searchable
          placeholder={readOnly ? undefined : '输入姓名查找'}
          nothingFoundMessage="没有匹配的人员"
          value={id === null ? null : String(id)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          onChange={(v) => {
            const picked = options.find((o) => o.value === v);
            patch({
              [field.key]: picked ? Number(picked.value) : null,
              ...(field.nameKey ? { [field.nameKey]: picked?.label ?? '' } : {}),
            });
          }}
        />
      );
    }
    case 'customer':
      return (
        <CustomerPicker
          label={field.label}
          hideLabel={compact}
          value={typeof value === 'string' ? value : ''}
          error={error}
          inputProps={{
            readOnly,
            withAsterisk: field.required && !readOnly,
            description,
            ...(compact ? { 'aria-required': field.required } : {}),
          }}
          onChange={(customerName) => patch({ [field.key]: customerName, customerId: null })}
          onPick={(c) =>
            patch({
              [field.key]: c.name,
              customerId: c.id,
              ...(field.fills?.customerType ? { [field.fills.customerType]: c.type } : {}),
              ...(field.fills?.contact
                ? { [field.fills.contact]: [c.contact, c.contactTitle].filter(Boolean).join(' ') }
                : {}),
              ...(field.fills?.phone ? { [field.fills.phone]: c.phone } : {}),
            })
          }
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
