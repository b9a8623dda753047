import { Alert, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { DevelopmentItem } from '../../../src-shared/contract/development';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { officeToday } from '../../app/format';
import { sourceText } from './dev-labels';

/** What the dialog does: accept a proposal, change an item, or write a new one for a rep. */
export type ItemModalMode =
  | { kind: 'accept'; item: DevelopmentItem }
  | { kind: 'edit'; item: DevelopmentItem }
  | { kind: 'new'; userId: number; userName: string };

interface Values {
  skill: string;
  goal: string;
  action: string;
  dueOn: string | null;
  category: string | null;
}

const TITLES = { accept: '确认建议', edit: '编辑发展项目', new: '新增发展项目' } as const;

const within = (label: string, max: number) => (v: string) =>
  !v.trim() ? `请填写${label}` : v.trim().length > max ? `${label}不能超过${max}个字` : null;

interface Props {
  mode: ItemModalMode;
  categories: readonly string[];
  onClose: () => void;
  onSaved: (item: DevelopmentItem) => void;
}

/**
 * The manager's dialog for one plan item. Accepting a proposal keeps its skill and category and
 * lets the goal, the action and the due date be rewritten; a due date may not lie in the past.
 */
export function ItemModal({ mode, categories, onClose, onSaved }: Props) {
  const item = mode.kind === 'new' ? null : mode.item;
  const today = officeToday();
  const form = useForm<Values>({
    initialValues: {
      skill: item?.skill ?? '',
      goal: item?.goal ?? '',
      action: item?.action ?? '',
      dueOn: item?.dueOn ?? null,
      category: item?.category ?? null,
    },
    validate: {
      skill: within('待提升技能', 50),
      goal: within('目标', 200),
      action: within('行动措施', 500),
      dueOn: (v) =>
        mode.kind === 'accept' && !v
          ? '请填写完成期限'
          : v && v < today && v !== item?.dueOn
            ? '完成期限不能早于今天'
            : null,
    },
  });

  const save = async (v: Values) => {
    try {
      const fields = { goal: v.goal.trim(), action: v.action.trim(), dueOn: v.dueOn };
      const saved =
        mode.kind === 'accept'
          ? await api('development.accept', { id: mode.item.id, ...fields })
          : await api('development.save', {
              ...(item ? { id: item.id } : {}),
              userId: mode.kind === 'new' ? mode.userId : mode.item.userId,
              skill: v.skill.trim(),
              category: v.category,
              ...fields,
            });
      notifyOk(mode.kind === 'accept' ? `已确认“${saved.skill}”,列入进行中。` : `“${saved.skill}”已保存。`);
      onSaved(saved);
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  const who = mode.kind === 'new' ? mode.userName : mode.item.userName;
  const fixed = mode.kind === 'accept';
  const options = [...new Set([...categories, ...(item?.category ? [item.category] : [])])];
  return (
    <Modal opened onClose={onClose} title={`${TITLES[mode.kind]}:${who}`} size="lg">
      <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
        <Stack>
          {item?.source && (
            <Alert variant="light" color="blue" p="xs">
              来源:{sourceText(item)}(协访日期 {item.source.periodKey})
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <TextInput
              label="待提升技能"
              withAsterisk
              readOnly={fixed}
              data-autofocus={mode.kind === 'new' || undefined}
              {...form.getInputProps('skill')}
            />
            <Select
              label="培训类别"
              placeholder="不指定"
              data={options}
              clearable
              readOnly={fixed}
              {...form.getInputProps('category')}
            />
          </SimpleGrid>
          <Textarea
            label="目标"
            withAsterisk
            autosize
            minRows={2}
            data-autofocus={mode.kind !== 'new' || undefined}
            {...form.getInputProps('goal')}
          />
          <Textarea label="行动措施" withAsterisk autosize minRows={2} {...form.getInputProps('action')} />
          <DateInput
            label="完成期限"
            withAsterisk={fixed}
            description={fixed ? '确认后列入进行中,到期未完成显示为逾期' : '可不填'}
            valueFormat="YYYY-MM-DD"
            placeholder="年-月-日"
            clearable={!fixed}
            minDate={today}
            w={220}
            {...form.getInputProps('dueOn')}
          />
          <ModalActions onCancel={onClose} confirm={fixed ? '确认并列入计划' : '保存'} />
        </Stack>
      </form>
    </Modal>
  );
}
