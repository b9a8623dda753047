import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Customer } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { CustomerModal } from './CustomerModal';

const NEW_PREFIX = '+ 新建客户:';

interface Props {
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (name: string) => void;
  onPick: (customer: Customer) => void;
  inputProps?: Record<string, unknown>;
}

/** A customer name field that searches the customer file and can create a customer inline. */
export function CustomerPicker({ label, value, error, onChange, onPick, inputProps }: Props) {
  const [debounced] = useDebouncedValue(value, 200);
  const [found, setFound] = useState<Customer[]>([]);
  const [creating, setCreating] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api('customers.search', { query: debounced, limit: 20 }).then(
      (rows) => live && setFound(rows),
      () => live && setFound([]),
    );
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
        label={label}
        aria-label={label}
        value={value}
        error={error}
        data={[...new Set(options)]}
        filter={({ options: o }) => o}
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
          onClose={() => setCreating(null)}
          onSaved={(c) => {
            setCreating(null);
            onPick(c);
          }}
        />
      )}
    </>
  );
}
