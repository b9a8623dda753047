import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { PerformanceSettings } from '../../../src-shared/contract';
import { DEFAULT_BONUS_PLAN, DEFAULT_SCORE_SETTINGS } from '../../../src-shared/domain/performance';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { KPI_COLUMNS } from './kpi-columns';
import { LoadedFields } from '../../app/LoadedFields';

const PLAN_FIELDS: { key: keyof PerformanceSettings['plan']; label: string; unit: string; hint: string }[] = [
  { key: 'base', label: '奖金基数', unit: '元', hint: '销售额达成率 100% 时的奖金' },
  { key: 'floorRate', label: '起奖达成率', unit: '%', hint: '低于此达成率不计达成奖金' },
  { key: 'floorShare', label: '起奖比例', unit: '%', hint: '刚达到起奖达成率时按基数的比例' },
  {
    key: 'acceleration',
    label: '超额加速系数',
    unit: '倍',
    hint: '超过 100% 后每 1 个百分点加计基数的百分点',
  },
  { key: 'capShare', label: '封顶比例', unit: '%', hint: '达成奖金最多为基数的比例' },
  { key: 'timelinessGate', label: '报表及时率门槛', unit: '%', hint: '低于此及时率扣减达成奖金' },
  { key: 'lateCutShare', label: '及时率不达标扣减比例', unit: '%', hint: '扣达成奖金的比例' },
];

const DEFAULTS: PerformanceSettings = { score: DEFAULT_SCORE_SETTINGS, plan: DEFAULT_BONUS_PLAN };

/** Settings saved before a KPI existed lack it: the form shows its default weight and full marks. */
const withDefaults = (s: PerformanceSettings): PerformanceSettings => ({
  ...s,
  score: {
    ...s.score,
    weights: { ...DEFAULTS.score.weights, ...s.score.weights },
    fullMarks: { ...DEFAULTS.score.fullMarks, ...s.score.fullMarks },
  },
});

/**
 * 考核与奖金方案: the KPI weights and full-marks values of the total score, and the bonus plan's
 * tiers and gate. The manager changes them; open months follow at once, approved months stay.
 */
export function PerformanceSettingsPage() {
  const { user } = useSession();
  const manager = user.role === 'manager';
  const [loaded, setLoaded] = useState(false);
  const form = useForm<PerformanceSettings>({
    initialValues: structuredClone(DEFAULTS),
    validate: {
      score: {
        weights: (w) => (Object.values(w).some((v) => Number(v) > 0) ? null : '至少一项指标的权重须大于 0'),
      },
      plan: {
        capShare: (v) => (Number(v) >= 100 ? null : '封顶比例不能低于 100%'),
        floorRate: (v) => (Number(v) <= 100 ? null : '起奖达成率不能超过 100'),
      },
    },
  });

  useEffect(() => {
    api('performance.settings', {}).then((loaded) => {
      const s = withDefaults(loaded);
      form.setValues(s);
      form.resetDirty(s);
      setLoaded(true);
    }, notifyError);
    // The form is loaded once; it is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: PerformanceSettings) => {
    try {
      const saved = withDefaults(await api('performance.updateSettings', values));
      form.setValues(saved);
      form.resetDirty(saved);
      notifyOk('考核与奖金方案已保存,未审核的月份按新方案计算。');
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  const weightSum = KPI_COLUMNS.reduce((n, c) => n + (Number(form.values.score.weights[c.key]) || 0), 0);
  const number = (
    path: string,
    props: { label?: string; suffix?: string; max?: number; 'aria-label'?: string },
  ) => (
    <NumberInput
      min={0}
      hideControls
      decimalScale={2}
      readOnly={!manager}
      {...props}
      {...form.getInputProps(path)}
    />
  );

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <LoadedFields loaded={loaded}>
        <Stack maw={960}>
          <Group justify="space-between" align="flex-end">
            <Title order={3}>考核与奖金方案</Title>
            {manager && (
              <Group>
                <Button variant="default" onClick={() => form.setValues(structuredClone(DEFAULTS))}>
                  恢复默认值
                </Button>
                <Button type="submit" disabled={!loaded || !form.isDirty()}>
                  保存
                </Button>
              </Group>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            综合得分 = 各项指标得分(实际值 ÷ 满分值 × 100,不超过单项上限)按权重加权平均;没有数值的指标不计入。
            修改后未审核月份按新方案计算,已审核月份保持审核时的结果。
          </Text>
          <Paper withBorder p="md">
            <Table aria-label="指标权重与满分值">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>指标</Table.Th>
                  <Table.Th w={140}>权重</Table.Th>
                  <Table.Th w={160}>满分值</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {KPI_COLUMNS.map((c) => (
                  <Table.Tr key={c.key}>
                    <Table.Td>{c.label}</Table.Td>
                    <Table.Td>
                      {number(`score.weights.${c.key}`, { 'aria-label': `${c.label}权重`, max: 100 })}
                    </Table.Td>
                    <Table.Td>
                      {number(`score.fullMarks.${c.key}`, {
                        'aria-label': `${c.label}满分值`,
                        suffix: ` ${c.unit}`,
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="space-between" mt="xs">
              <Text size="sm" c={form.errors['score.weights'] ? 'red' : 'dimmed'}>
                {form.errors['score.weights'] ?? `权重合计 ${weightSum}(按比例计算,不必等于 100)`}
              </Text>
              <div style={{ width: 200 }}>
                {number('score.maxPoints', { label: '单项得分上限', max: 200 })}
              </div>
            </Group>
          </Paper>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              奖金方案
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {PLAN_FIELDS.map((f) => (
                <NumberInput
                  key={f.key}
                  label={f.label}
                  description={f.hint}
                  suffix={f.unit === '元' ? ' 元' : f.unit === '%' ? '%' : ''}
                  min={0}
                  hideControls
                  decimalScale={2}
                  thousandSeparator={f.unit === '元' ? ',' : undefined}
                  readOnly={!manager}
                  {...form.getInputProps(`plan.${f.key}`)}
                />
              ))}
            </SimpleGrid>
          </Paper>
        </Stack>
      </LoadedFields>
    </form>
  );
}
