import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import type { DuplicateCustomer } from '../../../src-shared/contract';

interface Props {
  matches: readonly DuplicateCustomer[];
  /** Opens a match's page (the dialog asks first when there are unsaved changes). */
  onOpen: (id: number) => void;
  /** Set when a save was refused for them: the user says whether it is another customer after all. */
  refused?: { onSaveAnyway: () => void; onCancel: () => void; busy: boolean };
}

const why = (m: DuplicateCustomer) =>
  m.reasons.map((r) => (r === 'name' ? '名称相同或相近' : `电话 ${m.phone ?? ''} 相同`)).join(',');

/**
 * Customers on file the one being edited may duplicate: a warning while typing, and after a refused
 * save the choice between 仍然保存 (it is another customer) and 取消.
 */
export function DuplicateWarning({ matches, onOpen, refused }: Props) {
  if (matches.length === 0) return null;
  return (
    <Alert
      color={refused ? 'red' : 'yellow'}
      title={refused ? '与已有客户重复,未保存' : '可能与已有客户重复'}
      role={refused ? 'alert' : 'status'}
    >
      <List size="sm" aria-label="可能重复的客户">
        {matches.map((m) => (
          <List.Item key={m.id}>
            <Anchor component="button" type="button" size="sm" onClick={() => onOpen(m.id)}>
              {m.name}({m.code})
            </Anchor>
            <Text span size="sm">
              {' '}
              {why(m)}
              {m.ownerName ? `,负责人 ${m.ownerName}` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
      {refused ? (
        <>
          <Text size="sm" mt="xs">
            如果是同一家,请取消并直接使用已有客户;如确为不同客户,选择“仍然保存”。
          </Text>
          <Group mt="xs" gap="xs">
            <Button size="xs" color="red" onClick={refused.onSaveAnyway} loading={refused.busy}>
              仍然保存
            </Button>
            <Button size="xs" variant="default" onClick={refused.onCancel}>
              取消
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" mt="xs">
          若是同一家,请使用已有客户,不要重复建档。
        </Text>
      )}
    </Alert>
  );
}
