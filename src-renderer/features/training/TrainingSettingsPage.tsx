import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowLeft, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type TrainingSettings, trainingSettings } from '../../../src-shared/contract/training';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { TRAINING_PATHS } from './training-paths';

/**
 * 培训设置 (manager): the categories offered when scheduling, in the order the list shows them,
 * and whether 请假 counts as 缺席 in the attendance rate.
 */
export function TrainingSettingsPage() {
  const [saved, setSaved] = useState<TrainingSettings | null>(null);
  const [draft, setDraft] = useState<TrainingSettings | null>(null);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    api('training.settings', {}).then((s) => {
      setSaved(s);
      setDraft(s);
    }, notifyError);
  }, []);
  if (!draft) return null;

  const setCategories = (categories: string[]) => {
    setDraft({ ...draft, categories });
    setListError(null);
  };
  const move = (i: number, by: number) => {
    const next = [...draft.categories];
    const [c] = next.splice(i, 1);
    next.splice(i + by, 0, c!);
    setCategories(next);
  };
  const add = () => {
    const name = adding.trim();
    if (!name) return setAddError('请填写培训类别');
    if (name.length > 20) return setAddError('培训类别不能超过20个字');
    if (draft.categories.includes(name)) return setAddError('培训类别不能重复');
    setCategories([...draft.categories, name]);
    setAdding('');
    setAddError(null);
  };
  const save = async () => {
    const parsed = trainingSettings.safeParse(draft);
    if (!parsed.success) return setListError(parsed.error.issues[0]!.message);
    try {
      const s = await api('training.updateSettings', parsed.data);
      setSaved(s);
      setDraft(s);
      notifyOk('培训设置已保存。');
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields)
        setListError(Object.values(err.error.fields)[0] ?? null);
      notifyError(err, '培训设置未保存');
    }
  };
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);

  return (
    <Stack maw={720}>
      <Group>
        <Button
          component={Link}
          to={TRAINING_PATHS.list}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
        >
          返回培训
        </Button>
      </Group>
      <Group justify="space-between">
        <Title order={3}>培训设置</Title>
        <Button disabled={!dirty} onClick={() => void save()}>
          保存
        </Button>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="training-categories">
        <Title order={5} id="training-categories" mb={4}>
          培训类别
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          安排培训时可选的类别,按此顺序列出。删除类别不影响已安排的培训。
        </Text>
        <Table aria-label="培训类别" verticalSpacing={4}>
          <Table.Tbody>
            {draft.categories.map((c, i) => (
              <Table.Tr key={c}>
                <Table.Td w={40}>{i + 1}</Table.Td>
                <Table.Td>{c}</Table.Td>
                <Table.Td w={120}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`上移${c}`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`下移${c}`}
                      disabled={i === draft.categories.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`删除${c}`}
                      disabled={draft.categories.length === 1}
                      onClick={() => setCategories(draft.categories.filter((x) => x !== c))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {listError && (
          <Text size="sm" c="red" role="alert" mt="xs">
            {listError}
          </Text>
        )}
        <Group mt="sm" align="flex-start" gap="xs">
          <TextInput
            aria-label="新的培训类别"
            placeholder="新的培训类别,如:学术推广"
            w={280}
            value={adding}
            error={addError}
            onChange={(e) => {
              setAdding(e.currentTarget.value);
              setAddError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            添加类别
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Switch
          label="请假计入缺席"
          description="打开后,请假与缺席一样降低出勤率;关闭时请假不计入出勤率的分母。"
          checked={draft.excusedCountsAsAbsent}
          onChange={(e) => setDraft({ ...draft, excusedCountsAsAbsent: e.currentTarget.checked })}
        />
      </Paper>
    </Stack>
  );
}
