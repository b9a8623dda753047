import { Button, Group, Kbd, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CUSTOMER_STATUSES, type Customer, type CustomerStatus } from '../../../src-shared/contract';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { CustomerModal } from './CustomerModal';
import { CustomerTable } from './CustomerTable';
import { gradeOptions, useContactSettings } from './use-contact-settings';
import { useOwnerOptions } from './use-owner-options';

const LIMIT = 200;

/**
 * 客户档案: find a customer by name, code, city, contact or phone, narrow by status, grade and owner,
 * and open it; file a new one, or bring a whole list in from Excel and take it out again.
 */
export function CustomersPage() {
  const { user } = useSession();
  const office = user.role !== 'rep';
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [status, setStatus] = useState<CustomerStatus | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [rows, setRows] = useState<Customer[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [settings] = useContactSettings();
  const owners = useOwnerOptions();
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => search.current?.focus(), []);
  useHotkeys([['/', () => search.current?.focus()]]);

  const load = useCallback(() => {
    let live = true;
    api('customers.search', {
      query: debounced,
      limit: LIMIT,
      ...(status ? { status } : {}),
      ...(grade ? { grade } : {}),
      ...(ownerId ? { ownerId: Number(ownerId) } : {}),
    }).then((r) => live && setRows(r), notifyError);
    return () => {
      live = false;
    };
  }, [debounced, status, grade, ownerId]);
  useEffect(load, [load]);

  const open = (c: Customer) => navigate(`/customers/${c.id}`);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await deliverFile(await api('customers.exportXlsx', {}));
    } catch (err) {
      notifyError(err, '未能导出');
    } finally {
      setExporting(false);
    }
  };

  const filtered = Boolean(debounced.trim() || status || grade || ownerId);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>客户档案</Title>
        <Group gap="xs">
          {office && (
            <>
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} />}
                onClick={() => navigate('/customers/import')}
              >
                导入 Excel
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                loading={exporting}
                onClick={() => void exportXlsx()}
              >
                导出 Excel
              </Button>
            </>
          )}
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            新建客户
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          ref={search}
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          placeholder="名称、编号、城市、联系人或电话"
          aria-label="搜索客户"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // From the search box the arrow key goes into the list, Enter opens a single match.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('table[aria-label="客户列表"] tbody tr')?.focus();
            } else if (e.key === 'Enter' && rows?.length === 1) open(rows[0]!);
          }}
          w={320}
        />
        <Select
          label="状态"
          data={[...CUSTOMER_STATUSES]}
          value={status}
          onChange={(s) => setStatus(s as CustomerStatus | null)}
          clearable
          placeholder="全部"
          w={110}
        />
        <Select
          label="等级"
          data={gradeOptions(settings).map((g) => ({ value: g.value, label: `${g.value}级` }))}
          value={grade}
          onChange={setGrade}
          clearable
          placeholder="全部"
          w={110}
        />
        <Select
          label="负责人"
          data={owners}
          value={ownerId}
          onChange={setOwnerId}
          searchable
          clearable
          placeholder="全部"
          w={150}
        />
      </Group>
      {rows && rows.length > 0 && <CustomerTable rows={rows} onOpen={open} />}
      {rows && rows.length >= LIMIT && (
        <Text size="sm" c="dimmed">
          只列出前 {LIMIT} 个客户,请输入更多文字或使用筛选缩小范围。
        </Text>
      )}
      {rows && rows.length === 0 && (
        <Text c="dimmed">
          {filtered
            ? '没有符合条件的客户。换个关键词或清除筛选后再试;找不到的客户可点“新建客户”建档。'
            : office
              ? '客户档案还是空的。点“新建客户”逐个建档,或用“导入 Excel”一次导入现有的客户名单。'
              : '客户档案还是空的。点“新建客户”为您拜访的客户建档。'}
        </Text>
      )}
      {creating && (
        <CustomerModal
          customer={null}
          initialName={query.trim()}
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false);
            open(c);
          }}
        />
      )}
    </Stack>
  );
}
