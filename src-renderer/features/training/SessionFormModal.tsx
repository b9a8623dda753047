import {
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { SessionDetail } from '../../../src-shared/contract/training';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';
import {
  defaultHours,
  formPathOf,
  initialSessionValues,
  type SessionFormValues,
  toSessionFields,
  validateSession,
} from './session-form';
import { hoursText } from './training-labels';
import { useTrainingPeople } from './use-training-people';
import { useTrainingSettings } from './use-training-settings';

interface Props {
  /** Changing a scheduled session; scheduling a new one when absent. */
  existing?: SessionDetail | null;
  onClose: () => void;
  onSaved: (detail: SessionDetail) => void;
}

/** 安排培训 / 修改培训安排: what, who gives it, when and where, and who must come. */
export function SessionFormModal({ existing = null, onClose, onSaved }: Props) {
  const { user } = useSession();
  const settings = useTrainingSettings();
  const { people, region, regionPeopleOn } = useTrainingPeople();
  const form = useForm<SessionFormValues>({
    initialValues: initialSessionValues({
      today: officeToday(),
      me: user.id,
      existing: existing && {
        session: existing.session,
        attendeeIds: existing.attendees.map((a) => a.userId),
      },
    }),
    validate: (v) => validateSession(v, region?.id ?? null, regionPeopleOn),
  });
  const v = form.values;
  const hours = defaultHours(v);
  const regionCount = v.day ? regionPeopleOn(v.day).length : 0;
  const categories = [...new Set([...(settings?.categories ?? []), ...(v.category ? [v.category] : [])])];

  const submit = async () => {
    if (form.validate().hasErrors) return;
    try {
      const detail = await api('training.save', {
        ...(existing ? { id: existing.session.id } : {}),
        fields: toSessionFields(form.values, region?.id ?? null),
      });
      notifyOk(
        existing
          ? '培训安排已修改。'
          : `已安排培训“${detail.session.topic}”,参训 ${detail.session.attendeeCount} 人。`,
      );
      onSaved(detail);
    } catch (err) {
      // The API names fields as the contract does (fields.topic); the form by its own paths.
      if (err instanceof ApiCallError && err.error.fields)
        form.setErrors(
          Object.fromEntries(Object.entries(err.error.fields).map(([k, m]) => [formPathOf(k), m])),
        );
      notifyError(err, existing ? '培训安排未修改' : '培训未安排');
    }
  };

  return (
    <Modal opened onClose={onClose} title={existing ? '修改培训安排' : '安排培训'} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="培训主题"
              withAsterisk
              placeholder="如:康健牌血糖试纸新品知识"
              data-autofocus
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('topic')}
            />
            <Select
              label="培训类别"
              withAsterisk
              placeholder="请选择"
              data={categories}
              searchable
              {...form.getInputProps('category')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                讲师
              </Text>
              <SegmentedControl
                aria-label="讲师来源"
                data={[
                  { value: 'internal', label: '内部人员' },
                  { value: 'outside', label: '外聘讲师' },
                ]}
                {...form.getInputProps('trainerKind')}
              />
            </Stack>
            {v.trainerKind === 'internal' ? (
              <Select
                label="内部讲师"
                withAsterisk
                data={people}
                searchable
                {...form.getInputProps('trainerId')}
              />
            ) : (
              <TextInput
                label="外部讲师姓名"
                withAsterisk
                placeholder="如:刘洋(康健医药培训部)"
                {...form.getInputProps('trainerName')}
              />
            )}
            <TextInput
              label="培训地点"
              withAsterisk
              placeholder="如:办事处会议室"
              {...form.getInputProps('place')}
            />
            <DateInput
              label="培训日期"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              {...form.getInputProps('day')}
            />
            <Group grow gap="xs" align="flex-start">
              <TextInput
                label="开始时间"
                withAsterisk
                placeholder="09:00"
                {...form.getInputProps('startTime')}
              />
              <TextInput
                label="结束时间"
                withAsterisk
                placeholder="11:30"
                {...form.getInputProps('endTime')}
              />
            </Group>
            <NumberInput
              label="学时"
              description={hours === null ? '不填按起止时间计算' : `不填即为 ${hoursText(hours)} 学时`}
              placeholder={hours === null ? '' : hoursText(hours)}
              min={0}
              max={24}
              decimalScale={1}
              hideControls
              clampBehavior="none"
              {...form.getInputProps('hours')}
            />
          </SimpleGrid>
          <Stack gap="xs">
            <Checkbox
              label={
                region
                  ? `整个区域:${region.name}(培训当天的营销代表和内勤,共 ${regionCount} 人)`
                  : '整个区域(培训当天的营销代表和内勤)'
              }
              {...form.getInputProps('wholeRegion', { type: 'checkbox' })}
            />
            <MultiSelect
              label="参训人员"
              description={v.wholeRegion ? '区域之外另需参加的人员,可不选' : '须参加培训的人员'}
              placeholder="输入姓名查找"
              data={people}
              searchable
              clearable
              {...form.getInputProps('attendeeIds')}
            />
          </Stack>
          <Textarea
            label="备注"
            autosize
            minRows={2}
            maxRows={5}
            placeholder="需携带的材料、考试安排等"
            {...form.getInputProps('notes')}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Enter 提交 · Esc 关闭
            </Text>
            <ModalActions onCancel={onClose} confirm={existing ? '保存修改' : '安排培训'} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
