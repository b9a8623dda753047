import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type ChannelSettings, channelSettings } from '../../../src-shared/contract/channel';
import { DEFAULT_F10_DUE_DAY, MIN_FINE_MULTIPLE } from '../../../src-shared/domain/channel';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { FLOW_PATHS } from './flow-paths';
import { LoadedFields } from '../../app/LoadedFields';

type Values = { fineMultiple: number | string; f10DueDay: number | string };

const asSettings = (v: Values) => ({ fineMultiple: Number(v.fineMultiple), f10DueDay: Number(v.f10DueDay) });

/** The contract's own checks, so each box shows the message the API would give. */
function validate(v: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.fineMultiple === '') errors.fineMultiple = '请填写罚款倍数';
  if (v.f10DueDay === '') errors.f10DueDay = '请填写流向单截止日';
  const parsed = channelSettings.safeParse(asSettings(v));
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

/**
 * 渠道管控设置 (manager): the multiple of the price difference a below-price sale is fined (never
 * under the regulation's 5), and the day of the next month a dealer's 商品流向单 is due.
 */
export function ChannelSettingsPage() {
  const [loaded, setLoaded] = useState(false);
  const form = useForm<Values>({
    initialValues: { fineMultiple: MIN_FINE_MULTIPLE, f10DueDay: DEFAULT_F10_DUE_DAY },
    validate,
  });
  const show = (s: ChannelSettings) => {
    form.setValues(s);
    form.resetDirty(s);
  };
  useEffect(() => {
    api('channel.settings', {}).then((s) => {
      show(s);
      setLoaded(true);
    }, notifyError);
    // Loaded once; the form is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (v: Values) => {
    try {
      show(await api('channel.updateSettings', asSettings(v)));
      notifyOk('渠道管控设置已保存。');
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <LoadedFields loaded={loaded}>
        <Stack maw={720}>
          <Group>
            <Button
              component={Link}
              to={FLOW_PATHS.month()}
              variant="subtle"
              leftSection={<IconArrowLeft size={16} />}
            >
              返回商品流向单
            </Button>
          </Group>
          <Group justify="space-between" align="flex-end">
            <Title order={3}>渠道管控设置</Title>
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  form.setValues({ fineMultiple: MIN_FINE_MULTIPLE, f10DueDay: DEFAULT_F10_DUE_DAY })
                }
              >
                恢复制度规定
              </Button>
              <Button type="submit" disabled={!loaded || !form.isDirty()}>
                保存
              </Button>
            </Group>
          </Group>
          <Paper withBorder p="md">
            <Stack>
              <NumberInput
                label="低价销售罚款倍数"
                description={`罚款 =(规定价 − 售价)× 数量 × 倍数;制度规定不低于 ${MIN_FINE_MULTIPLE} 倍,当事人与直接上级各罚一份。`}
                suffix=" 倍"
                min={MIN_FINE_MULTIPLE}
                max={100}
                allowDecimal={false}
                clampBehavior="none"
                w={420}
                {...form.getInputProps('fineMultiple')}
              />
              <NumberInput
                label="商品流向单截止日"
                description="辐射外区域的经销商须在次月此日(含)前交来上月的流向单,逾期或未交列入“建议停止发货”。"
                prefix="次月 "
                suffix=" 日"
                min={1}
                max={28}
                allowDecimal={false}
                clampBehavior="none"
                w={420}
                {...form.getInputProps('f10DueDay')}
              />
            </Stack>
          </Paper>
          <Text size="sm" c="dimmed">
            改动罚款倍数只影响之后作出的处理决定;已成立案件的罚款不变。
          </Text>
        </Stack>
      </LoadedFields>
    </form>
  );
}
