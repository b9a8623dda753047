import { Badge, Button, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { DevelopmentItem } from '../../../src-shared/contract/development';
import { officeToday } from '../../app/format';
import {
  closedByText,
  DEVELOPMENT_STATUS_LABELS,
  isOverdue,
  sortItems,
  sourceText,
  STATUS_COLORS,
} from './dev-labels';

export type ItemAction = 'accept' | 'edit' | 'close';

interface Props {
  items: readonly DevelopmentItem[];
  label: string;
  /** The manager's buttons; absent for a read-only list. */
  onAction?: (action: ItemAction, item: DevelopmentItem) => void;
  /** Leaves out the 来源 and 关闭说明 columns (the overview's short list). */
  compact?: boolean;
}

const top = { verticalAlign: 'top' } as const;

/** A rep's plan items: proposals first, then open ones by due date, then the closed ones. */
export function ItemsTable({ items, label, onAction, compact = false }: Props) {
  const today = officeToday();
  if (items.length === 0) return <Text c="dimmed">没有发展计划项目。</Text>;
  const anyClosed = !compact && items.some((i) => i.status === 'done' || i.status === 'dropped');
  const anyActive = items.some((i) => i.status === 'proposed' || i.status === 'open');
  const actions = anyActive ? onAction : undefined;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder striped fz="sm" aria-label={label} miw={compact ? 720 : 960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>待提升技能</Table.Th>
            <Table.Th>目标</Table.Th>
            <Table.Th>行动措施</Table.Th>
            <Table.Th w={100}>完成期限</Table.Th>
            <Table.Th w={84}>培训类别</Table.Th>
            <Table.Th w={84}>状态</Table.Th>
            {!compact && <Table.Th w={150}>来源</Table.Th>}
            {anyClosed && <Table.Th w={190}>关闭说明</Table.Th>}
            {actions && <Table.Th w={100}>操作</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortItems(items).map((item) => {
            const active = item.status === 'proposed' || item.status === 'open';
            const overdue = isOverdue(item, today);
            const closedBy = closedByText(item);
            return (
              <Table.Tr key={item.id}>
                <Table.Td style={top} fw={600}>
                  {item.skill}
                </Table.Td>
                <Table.Td style={top}>{item.goal}</Table.Td>
                <Table.Td style={{ ...top, whiteSpace: 'pre-wrap' }}>{item.action}</Table.Td>
                <Table.Td style={top}>
                  <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                    {item.dueOn ?? '—'}
                  </Text>
                  {overdue && (
                    <Text size="xs" c="red">
                      已逾期
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={top}>{item.category ?? '—'}</Table.Td>
                <Table.Td style={top}>
                  <Badge variant="light" color={STATUS_COLORS[item.status]} style={{ overflow: 'visible' }}>
                    {DEVELOPMENT_STATUS_LABELS[item.status]}
                  </Badge>
                </Table.Td>
                {!compact && (
                  <Table.Td style={top}>
                    <Text size="sm">{sourceText(item)}</Text>
                    {item.source && (
                      <Text size="xs" c="dimmed">
                        协访日期 {item.source.periodKey}
                      </Text>
                    )}
                  </Table.Td>
                )}
                {anyClosed && (
                  <Table.Td style={top}>
                    {closedBy && (
                      <Text size="xs" c="dimmed">
                        {closedBy}
                        {item.closedAt ? ` · ${item.closedAt.slice(0, 10)}` : ''}
                      </Text>
                    )}
                    <Text size="sm">{item.closeNote ?? (active ? '' : '—')}</Text>
                  </Table.Td>
                )}
                {actions && (
                  <Table.Td style={top}>
                    {active && (
                      <Stack gap={4} align="stretch">
                        {item.status === 'proposed' && (
                          <Button size="compact-sm" onClick={() => actions('accept', item)}>
                            确认建议
                          </Button>
                        )}
                        <Button size="compact-sm" variant="default" onClick={() => actions('edit', item)}>
                          编辑
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => actions('close', item)}
                        >
                          关闭
                        </Button>
                      </Stack>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
