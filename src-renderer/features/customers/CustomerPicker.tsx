import { Autocomplete, type ComboboxProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { Customer } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { CustomerModal } from './CustomerModal';

const NEW_PREFIX = '+ 新建客户:';

/**
 * Suggestions open below the name; where there is no room below they open beside it rather than
 * above, where they would cover the field's label. In a narrow table cell they are still wide
 * enough for a long company name with the 新建客户 prefix.
 */
const SUGGESTIONS_PLACEMENT: ComboboxProps = {
  position: 'bottom-start',
  middlewares: { flip: { fallbackPlacements: ['right-end', 'left-end', 'top-start'] }, shift: true },
  width: 'target',
  styles: { dropdown: { minWidth: 260 } },
};

interface Props {
  label: string;
  /** In a table cell the column head shows the label; it is then only announced. */
  hideLabel?: boolean | undefined;
  value: string;
  error?: string | undefined;
  onChange: (name: string) => void;
  onPick: (customer: Customer) => void;
  inputProps?: Record<string, unknown>;
}

/** A customer name field that searches the customer file and can create a customer inline. */
export function CustomerPicker({ label, hideLabel, value, error, onChange, onPick, inputProps }: Props) {
  const [debounced] = useDebouncedValue(value, 200);
  const [found, setFound] = useState<Customer[]>([]);
  // The query whose answer is in `found`; while it differs from the typed name the list is stale.
  const [answered, setAnswered] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The dialog leaves with its own focus; typing goes on in the name field.
  const closeDialog = () => {
    setCreating(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  useEffect(() => {
    let live = true;
    const settle = (rows: Customer[]) => {
      if (!live) return;
      setFound(rows);
      setAnswered(debounced);
    };
    api('customers.search', { query: debounced, limit: 20 }).then(settle, () => settle([]));
    return () => {
      live = false;
    };
  }, [debounced]);

  const exact = found.some((c) => c.name === value.trim());
  const options = [
    ...found.map((c) => c.name),
    ...(value.trim() && !exact ? [`${NEW_PREFIX}${value.trim()}`] : []),
  ];

  return (
    <>
      <Autocomplete
        ref={input}
        label={hideLabel ? undefined : label}
        aria-label={label}
        // A long company name is cut off in a narrow table cell; the pointer shows all of it.
        title={value || undefined}
        value={value}
        // Screen readers (and the keyboard tests) know the suggestions are still being looked up.
        aria-busy={answered !== value}
        error={error}
        data={[...new Set(options)]}
        filter={({ options: o }) => o}
        comboboxProps={SUGGESTIONS_PLACEMENT}
        onChange={(v) => {
          if (!v.startsWith(NEW_PREFIX)) onChange(v);
        }}
        onOptionSubmit={(v) => {
          if (v.startsWith(NEW_PREFIX)) setCreating(v.slice(NEW_PREFIX.length));
          else {
            const c = found.find((x) => x.name === v);
            if (c) onPick(c);
          }
        }}
        {...inputProps}
      />
      {creating !== null && (
        <CustomerModal
          customer={null}
          initialName={creating}
          onClose={closeDialog}
          onSaved={(c) => {
            closeDialog();
            onPick(c);
          }}
        />
      )}
    </>
  );
}
