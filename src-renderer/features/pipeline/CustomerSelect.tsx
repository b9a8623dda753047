import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Customer } from '../../../src-shared/contract';
import { api } from '../../api/client';

interface Props {
  value: string | null;
  error?: string | undefined;
  onChange: (id: string | null, customer: Customer | null) => void;
}

/**
 * 客户: a customer of the file, found by name, code, contact or phone as one types (customers.search).
 * An opportunity is always for a customer on file; a new one is filed under 客户档案 first.
 */
export function CustomerSelect({ value, error, onChange }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [found, setFound] = useState<Customer[]>([]);
  const [picked, setPicked] = useState<Customer | null>(null);

  useEffect(() => {
    let live = true;
    api('customers.search', { query: debounced, limit: 30 }).then(
      (rows) => live && setFound(rows),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [debounced]);

  // The picked customer stays an option while the search shows others.
  const options = picked && !found.some((c) => c.id === picked.id) ? [picked, ...found] : found;
  return (
    <Select
      label="客户"
      withAsterisk
      placeholder="输入客户名称、编号或电话查找"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage="客户档案中没有找到;请先在“客户档案”中新建客户"
      data={options.map((c) => ({
        value: String(c.id),
        label: c.code ? `${c.name}(${c.code})` : c.name,
      }))}
      value={value}
      error={error}
      onChange={(id) => {
        const c = options.find((x) => String(x.id) === id) ?? null;
        setPicked(c);
        onChange(id, c);
      }}
      data-autofocus
    />
  );
}
