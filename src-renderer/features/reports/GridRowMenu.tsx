import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconTrash } from '@tabler/icons-react';
import type { TableDef } from '../../../src-shared/domain/forms';
import type { RowOps } from './form-table-ops';

interface Props {
  table: TableDef;
  index: number;
  count: number;
  ops: RowOps;
}

/** A row's less frequent actions, one Tab stop: move it up or down, or remove it (with undo). */
export function GridRowMenu({ table, index: i, count, ops }: Props) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`第 ${i + 1} 条${table.rowNoun}的操作`}
        >
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={i === 0} onClick={() => ops.move(i, -1)}>
          上移
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={14} />}
          disabled={i === count - 1}
          onClick={() => ops.move(i, 1)}
        >
          下移
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => ops.remove(i)}>
          删除
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
