import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PipelineSettings } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { newStage, type SettingsValues, toSettings } from './settings-form';
import { StageEditor } from './StageEditor';
import { LoadedFields } from '../../app/LoadedFields';

const text = (label: string, max: number) => (v: string) =>
  !v.trim() ? `请填写${label}` : v.trim().length > max ? `${label}不能超过${max}个字` : null;

/**
 * 流程设置: the stages in order with their probability and day limit, each stage's SOP checklist
 * and what proof an item asks for, and the largest evidence file. The manager's; saved as a whole.
 */
export function PipelineSettingsPage() {
  const [loaded, setLoaded] = useState(false);
  const form = useForm<SettingsValues>({
    initialValues: { stages: [], attachmentMaxMb: 20 },
    validate: {
      attachmentMaxMb: (v) => (v === '' ? '请填写附件大小上限' : null),
      stages: {
        name: text('阶段名称', 20),
        probability: (v) => (v === '' ? '请填写赢单概率' : null),
        checklist: {
          label: text('检查项', 50),
          evidenceLabel: (v, values, path) => {
            const [, s, , i] = path.split('.');
            const item = values.stages[Number(s)]?.checklist[Number(i)];
            return item && item.evidence !== 'none' && !v.trim() ? '请填写凭证名称,如 合同编号' : null;
          },
        },
      },
    },
  });

  const show = (s: PipelineSettings) => {
    form.setValues(s);
    form.resetDirty(s);
  };
  useEffect(() => {
    api('pipeline.settings', {}).then((s) => {
      show(s);
      setLoaded(true);
    }, notifyError);
    // The form is loaded once; it is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (v: SettingsValues) => {
    try {
      show(await api('pipeline.updateSettings', toSettings(v)));
      notifyOk('流程设置已保存。');
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  const stages = form.values.stages;
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <LoadedFields loaded={loaded}>
        <Stack maw={960}>
          <Group>
            <Button
              component={Link}
              to="/pipeline"
              variant="subtle"
              leftSection={<IconArrowLeft size={16} />}
            >
              返回销售流程
            </Button>
          </Group>
          <Group justify="space-between" align="flex-end">
            <Title order={3}>流程设置</Title>
            <Button type="submit" disabled={!loaded || !form.isDirty()}>
              保存
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            商机按阶段顺序推进;向后推进时,离开的各阶段检查项须全部完成,否则说明缺少什么并拒绝(区域经理可写明原因越过检查)。
            停留超过上限天数的商机在看板上标红。删除阶段前须先把其中的商机移走。
          </Text>
          {typeof form.errors.stages === 'string' && (
            <Text c="red" size="sm" role="alert">
              {form.errors.stages}
            </Text>
          )}
          {stages.map((s, i) => (
            <StageEditor key={s.key} form={form} index={i} count={stages.length} />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={stages.length >= 12}
              onClick={() => form.insertListItem('stages', newStage())}
            >
              添加阶段
            </Button>
          </Group>
          <Paper withBorder p="md">
            <NumberInput
              label="附件大小上限"
              description="检查项上传的凭证文件(PDF、图片、Office 文件)最大多少 MB"
              suffix=" MB"
              min={1}
              max={100}
              hideControls
              w={240}
              {...form.getInputProps('attachmentMaxMb')}
            />
          </Paper>
        </Stack>
      </LoadedFields>
    </form>
  );
}
