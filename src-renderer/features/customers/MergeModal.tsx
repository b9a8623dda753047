import { Alert, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Customer, CustomerDetail } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';

interface Props {
  /** The customer that stays (keepId). */
  keep: Customer;
  onClose: () => void;
  onMerged: () => void;
}

interface Moving {
  detail: CustomerDetail;
  opportunities: number | null;
}

/**
 * 合并客户 (manager): another customer of the file, a duplicate of this one, is folded into it. The
 * dialog shows what will move before anything does; afterwards the counts that moved.
 */
export function MergeModal({ keep, onClose, onMerged }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [found, setFound] = useState<Customer[]>([]);
  const [mergeId, setMergeId] = useState<string | null>(null);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api('customers.search', { query: debounced, limit: 30 }).then(
      (rows) => live && setFound(rows.filter((c) => c.id !== keep.id)),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [debounced, keep.id]);

  useEffect(() => {
    setMoving(null);
    if (!mergeId) return;
    let live = true;
    const id = Number(mergeId);
    Promise.all([
      api('customers.get', { id }),
      api('pipeline.list', { customerId: id, status: 'all' }).then(
        (r) => r.length,
        () => null,
      ),
    ]).then(([detail, opportunities]) => live && setMoving({ detail, opportunities }), notifyError);
    return () => {
      live = false;
    };
  }, [mergeId]);

  const merge = async () => {
    if (!mergeId) return;
    setBusy(true);
    try {
      const r = await api('customers.merge', { keepId: keep.id, mergeId: Number(mergeId) });
      notifyOk(
        `已合并到“${r.customer.name}”:移入 ${r.movedContacts} 条联系记录、${r.movedOpportunities} 个商机。`,
      );
      onMerged();
    } catch (err) {
      notifyError(err, '未能合并');
    } finally {
      setBusy(false);
    }
  };

  const m = moving?.detail.customer;
  return (
    <Modal opened onClose={onClose} title={`合并客户到“${keep.name}”`} size="lg">
      <Stack>
        <Text size="sm">选择与本客户重复的另一条档案,它的记录将并入本客户({keep.code})。</Text>
        <Select
          label="要并入的客户"
          placeholder="输入名称、编号或电话查找"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage="没有找到客户"
          data={found.map((c) => ({
            value: String(c.id),
            label: `${c.name}(${c.code}${c.ownerName ? `,${c.ownerName}` : ''})`,
          }))}
          value={mergeId}
          onChange={setMergeId}
          data-autofocus
        />
        {m && moving && (
          <Alert color="orange" title="合并后将移动以下内容" role="status">
            <List size="sm">
              <List.Item>{moving.detail.timeline.length} 条联系记录(走访表、协访表)</List.Item>
              <List.Item>
                {moving.opportunities === null ? '该客户的商机' : `${moving.opportunities} 个商机`}
              </List.Item>
              <List.Item>{m.people.length} 位联系人(加入本客户的联系人)</List.Item>
              <List.Item>
                旧报表中的“{m.name}”今后指向“{keep.name}”
              </List.Item>
            </List>
            <Text size="sm" mt="xs">
              “{m.name}”({m.code})将从客户档案中移除,保留为合并记录。合并不能撤销。
            </Text>
          </Alert>
        )}
        <ModalActions
          onCancel={onClose}
          confirm="确认合并"
          onConfirm={() => void merge()}
          loading={busy}
          disabled={!moving}
        />
      </Stack>
    </Modal>
  );
}
