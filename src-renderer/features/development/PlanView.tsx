import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { DevelopmentItem } from '../../../src-shared/contract/development';
import { CloseModal } from './CloseModal';
import { type ItemAction, ItemsTable } from './ItemsTable';
import { ItemModal, type ItemModalMode } from './ItemModal';
import { useDevelopmentItems, useTrainingCategories } from './use-development';

interface Props {
  /** The rep whose plan this is; null: the signed-in rep's own. */
  userId: number | null;
  name: string;
  /** The manager may accept, write, change and close items; everyone else reads. */
  editable: boolean;
  /** Called after a change, so an overview around it can count again. */
  onChanged?: () => void;
}

/** One rep's 个人发展计划: the items, and for the manager the dialogs that change them. */
export function PlanView({ userId, name, editable, onChanged }: Props) {
  const [items, reload] = useDevelopmentItems(userId);
  const categories = useTrainingCategories();
  const [dialog, setDialog] = useState<ItemModalMode | null>(null);
  const [closing, setClosing] = useState<DevelopmentItem | null>(null);

  const done = () => {
    setDialog(null);
    setClosing(null);
    reload();
    onChanged?.();
  };
  const act = (action: ItemAction, item: DevelopmentItem) => {
    if (action === 'close') setClosing(item);
    else setDialog({ kind: action, item });
  };

  if (!items) return <Loader size="sm" />;
  const count = (s: DevelopmentItem['status']) => items.filter((i) => i.status === s).length;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          待确认 {count('proposed')} 项 · 进行中 {count('open')} 项 · 已完成 {count('done')} 项 · 已放弃{' '}
          {count('dropped')} 项。协访表某项评分 ≤ 2 分时自动提出建议,之后的协访该项 ≥ 3 分时自动关闭。
        </Text>
        {editable && userId !== null && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ kind: 'new', userId, userName: name })}
          >
            新增项目
          </Button>
        )}
      </Group>
      <ItemsTable items={items} label={`${name}的发展计划`} onAction={editable ? act : undefined} />
      {dialog && (
        <ItemModal mode={dialog} categories={categories} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {closing && <CloseModal item={closing} onClose={() => setClosing(null)} onClosed={done} />}
    </Stack>
  );
}
