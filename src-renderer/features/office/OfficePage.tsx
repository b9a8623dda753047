import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { OFFICE_ZONE_LABEL, pcZoneIfDifferent } from '../../app/format';
import { useSession } from '../../app/session';
import { OfficeKeyCard } from '../keys';
import { LanAccessCard } from './LanAccessCard';
import { SignInsCard } from './SignInsCard';

/** The office profile printed on every document's header. */
export function OfficePage() {
  const { office, refreshOffice } = useSession();
  const pcZone = pcZoneIfDifferent();
  const form = useForm({ initialValues: office });
  const submit = form.onSubmit(async (values) => {
    try {
      await api('office.update', values);
      notifyOk('办事处信息已保存。');
      await refreshOffice();
    } catch (err) {
      showApiErrors(form, err);
    }
  });
  return (
    <Stack maw={720}>
      <Title order={3}>办事处设置</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <SimpleGrid cols={2}>
            <TextInput label="公司名称" required {...form.getInputProps('company')} />
            <TextInput label="办事处名称" required {...form.getInputProps('officeName')} />
            <TextInput label="区域编码" required {...form.getInputProps('regionCode')} />
            <TextInput label="区域名称" required {...form.getInputProps('regionName')} />
          </SimpleGrid>
          <Textarea label="覆盖省市" required mt="sm" {...form.getInputProps('coverage')} />
          <TextInput label="地址" mt="sm" {...form.getInputProps('address')} />
          <SimpleGrid cols={2} mt="sm">
            <TextInput label="电话" {...form.getInputProps('phone')} />
            <TextInput label="传真号" required {...form.getInputProps('fax')} />
            <DateInput
              label="启用日期"
              description="从这天起按制度计报表期限,之前的不计缺报"
              valueFormat="YYYY-MM-DD"
              {...form.getInputProps('startDate')}
            />
            <TextInput
              label="办事处时间"
              readOnly
              value={OFFICE_ZONE_LABEL}
              description={
                pcZone
                  ? `本机时钟为 ${pcZone},各处期限和时间仍按办事处时间显示`
                  : '各处期限和时间都按办事处时间显示'
              }
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="md">
            <Button type="submit">保存</Button>
          </Group>
        </form>
      </Paper>
      <OfficeKeyCard />
      <LanAccessCard />
      <SignInsCard />
    </Stack>
  );
}
