import { ActionIcon, Button, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { type CustomerFormValues, newPerson } from './customer-form';

const MAX_PEOPLE = 20;

interface Props {
  form: UseFormReturnType<CustomerFormValues>;
  /** A phone number was typed: the dialog looks for customers on file with the same one. */
  onPhoneBlur: () => void;
}

/**
 * 联系人: several people, each with a title, one or more phones and an optional birthday. Enter moves
 * to the next box, and from the last box of the last row starts another person.
 */
export function PeopleEditor({ form, onPhoneBlur }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);
  const people = form.values.people;
  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    box.current?.querySelector<HTMLInputElement>(`[data-person="${focusRow.current}"] input`)?.focus();
    focusRow.current = null;
  });

  const add = () => {
    if (people.length >= MAX_PEOPLE) return;
    focusRow.current = people.length;
    form.insertListItem('people', newPerson());
  };

  const enterMovesOn = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (
      e.key !== 'Enter' ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      e.shiftKey ||
      e.nativeEvent.isComposing ||
      target.tagName !== 'INPUT'
    )
      return;
    e.preventDefault();
    // The dialog's own Enter (save) must not see it.
    e.stopPropagation();
    const inputs = [...(box.current?.querySelectorAll<HTMLInputElement>('[data-person] input') ?? [])];
    const at = inputs.indexOf(target as HTMLInputElement);
    if (at === inputs.length - 1) add();
    else inputs[at + 1]?.focus();
  };

  return (
    <div ref={box} onKeyDown={enterMovesOn}>
      <Group justify="space-between" mb={4}>
        <Text fw={500} size="sm">
          联系人({people.length} 位)
        </Text>
        <Text size="xs" c="dimmed">
          Enter 下一格;多个电话用顿号或空格分开
        </Text>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="联系人">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">姓名</Table.Th>
            <Table.Th w="20%">职务</Table.Th>
            <Table.Th>电话</Table.Th>
            <Table.Th w={130}>生日</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p, i) => (
            <Table.Tr key={p.key}>
              <Table.Td data-person={i}>
                <TextInput aria-label={`联系人 ${i + 1} 姓名`} {...form.getInputProps(`people.${i}.name`)} />
              </Table.Td>
              <Table.Td data-person>
                <TextInput aria-label={`联系人 ${i + 1} 职务`} {...form.getInputProps(`people.${i}.title`)} />
              </Table.Td>
              <Table.Td data-person>
                <TextInput
                  aria-label={`联系人 ${i + 1} 电话`}
                  placeholder="如 13912345678、025-84561234"
                  {...form.getInputProps(`people.${i}.phones`)}
                  onBlur={onPhoneBlur}
                />
              </Table.Td>
              <Table.Td data-person>
                <TextInput
                  aria-label={`联系人 ${i + 1} 生日`}
                  placeholder="年-月-日"
                  {...form.getInputProps(`people.${i}.birthday`)}
                />
              </Table.Td>
              <Table.Td>
                <Tooltip label="删除此联系人">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`删除联系人 ${i + 1}`}
                    onClick={() => form.removeListItem('people', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {form.errors.people && (
        <Text size="sm" c="red" mt={4}>
          {form.errors.people}
        </Text>
      )}
      <Button
        mt="xs"
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        onClick={add}
        disabled={people.length >= MAX_PEOPLE}
      >
        添加联系人
      </Button>
    </div>
  );
}
