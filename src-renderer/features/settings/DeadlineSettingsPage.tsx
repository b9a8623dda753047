import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { DeadlineSettings } from '../../../src-shared/domain/deadlines/rules';
import { DEFAULT_DEADLINES } from '../../../src-shared/domain/deadlines/rules';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { LoadedFields } from '../../app/LoadedFields';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((d, i) => ({
  value: String(i + 1),
  label: `星期${d}`,
}));

type Values = DeadlineSettings & { holidaysText: string; makeUpText: string };

const toValues = (s: DeadlineSettings): Values => ({
  ...structuredClone(s),
  holidaysText: s.holidays.join('\n'),
  makeUpText: s.makeUpWorkdays.join('\n'),
});

const days = (text: string) =>
  text
    .split(/[\s,,、]+/)
    .map((d) => d.trim())
    .filter(Boolean);

function WeeklyRow({
  form,
  path,
  label,
}: {
  form: ReturnType<typeof useForm<Values>>;
  path: 'visitWeekly' | 'repWeekly' | 'managerWeekly';
  label: string;
}) {
  return (
    <Group align="flex-end">
      <Text w={220} size="sm">
        {label}
      </Text>
      <NumberInput label="第几周后" min={0} max={4} w={100} {...form.getInputProps(`${path}.weeksAfter`)} />
      <Select
        label="星期"
        data={WEEKDAYS}
        w={110}
        allowDeselect={false}
        value={String(form.values[path].weekday)}
        onChange={(v) => form.setFieldValue(`${path}.weekday`, Number(v))}
      />
      <NumberInput
        label="钟点(24 为当日结束)"
        min={0}
        max={24}
        w={160}
        {...form.getInputProps(`${path}.hour`)}
      />
    </Group>
  );
}

/** The regulation's deadlines as settings; the defaults are the regulation's values. */
export function DeadlineSettingsPage() {
  const [loaded, setLoaded] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(DEFAULT_DEADLINES) });

  useEffect(() => {
    api('settings.deadlines', {}).then((s) => {
      form.setValues(toValues(s));
      form.resetDirty();
      setLoaded(true);
    }, notifyError);
    // The form object is stable for the page's life; load once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = form.onSubmit(async ({ holidaysText, makeUpText, ...rest }) => {
    try {
      const saved = await api('settings.updateDeadlines', {
        ...rest,
        holidays: days(holidaysText),
        makeUpWorkdays: days(makeUpText),
      });
      form.setValues(toValues(saved));
      notifyOk('截止时间设置已保存,之后提交的报表按新规则判断是否按时。');
    } catch (err) {
      showApiErrors(form, err);
    }
  });

  return (
    <Stack maw={860}>
      <Title order={3}>截止时间设置</Title>
      <Text c="dimmed" size="sm">
        默认值即《区域销售报告管理制度》的规定。修改后只影响之后提交的报表;已提交报表的按时/逾期记录不变。
      </Text>
      <form onSubmit={save}>
        <LoadedFields loaded={loaded}>
          <Stack>
            <Paper withBorder p="md">
              <Stack>
                <WeeklyRow form={form} path="visitWeekly" label="走访表交办事处(每周)" />
                <WeeklyRow form={form} path="repWeekly" label="营销代表周报交区域经理" />
                <WeeklyRow form={form} path="managerWeekly" label="区域经理周报报销售部" />
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <SimpleGrid cols={3}>
                <NumberInput
                  label="代表月报:次月几日前"
                  min={1}
                  max={31}
                  {...form.getInputProps('repMonthlyDay')}
                />
                <NumberInput
                  label="报销售部:次月几日前"
                  min={1}
                  max={31}
                  {...form.getInputProps('headOfficeMonthlyDay')}
                />
                <NumberInput
                  label="季度报告:季末后几天内"
                  min={0}
                  max={90}
                  {...form.getInputProps('quarterlyDays')}
                />
                <NumberInput
                  label="重要事项(一般):小时内"
                  min={1}
                  {...form.getInputProps('eventHours.一般')}
                />
                <NumberInput
                  label="重要事项(紧急):小时内"
                  min={1}
                  {...form.getInputProps('eventHours.紧急')}
                />
                <NumberInput
                  label="重要事项(特急):小时内"
                  min={1}
                  {...form.getInputProps('eventHours.特急')}
                />
                <NumberInput label="重要信息:小时内" min={1} {...form.getInputProps('infoHours')} />
                <NumberInput
                  label="周报批复:提交后几个工作日"
                  min={1}
                  max={30}
                  {...form.getInputProps('reviewWorkingDays.F03')}
                />
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md">
              <SimpleGrid cols={2}>
                <Textarea
                  label="法定节假日(每行一个日期)"
                  autosize
                  minRows={3}
                  placeholder="2026-10-01"
                  {...form.getInputProps('holidaysText')}
                />
                <Textarea
                  label="调休上班日(每行一个日期)"
                  autosize
                  minRows={3}
                  placeholder="2026-09-27"
                  {...form.getInputProps('makeUpText')}
                />
              </SimpleGrid>
            </Paper>
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => form.setValues(toValues(DEFAULT_DEADLINES))}>
                恢复制度默认值
              </Button>
              <Button type="submit" disabled={!loaded}>
                保存
              </Button>
            </Group>
          </Stack>
        </LoadedFields>
      </form>
    </Stack>
  );
}
