import {
  Button,
  Container,
  Radio,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { InstallationMode } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';

const required = (label: string) => (v: string) => (v.trim() ? null : `请填写${label}`);

/** What head office's profile holds in the fields that name a region. */
const HEAD_OFFICE_REGION = { regionCode: 'HQ', regionName: '销售部', coverage: '全国各区域' };

/**
 * First start: what this installation is (a regional office, or head office's 销售部 which
 * imports the offices' monthly bundles), its profile, and the first manager's account.
 */
export function SetupWizard({ onDone }: { onDone: () => void }) {
  const [step, setStep] = useState(0);
  const [mode, setMode] = useState<InstallationMode>('office');
  const hq = mode === 'headOffice';
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: {
      office: {
        company: '',
        regionCode: '',
        regionName: '',
        coverage: '',
        officeName: '',
        address: '',
        phone: '',
        fax: '',
        startDate: officeToday(),
      },
      manager: { displayName: '', username: '', password: '', confirm: '', phone: '' },
    },
    validate: (values) => {
      const errors: Record<string, string | null> = {};
      if (step === 0) {
        errors['office.company'] = required('公司名称')(values.office.company);
        if (!hq) {
          errors['office.regionCode'] = /^[A-Za-z0-9-]+$/.test(values.office.regionCode)
            ? null
            : '请填写区域编码(字母、数字或短横线,如 HD-01)';
          errors['office.regionName'] = required('区域名称')(values.office.regionName);
          errors['office.coverage'] = required('覆盖省市')(values.office.coverage);
        }
        errors['office.officeName'] = required(hq ? '部门名称' : '办事处名称')(values.office.officeName);
        errors['office.fax'] = required('传真号')(values.office.fax);
      } else {
        errors['manager.displayName'] = required('姓名')(values.manager.displayName);
        errors['manager.username'] = /^[A-Za-z0-9_.-]{2,32}$/.test(values.manager.username)
          ? null
          : '登录名为2–32位字母、数字、下划线、点或短横线';
        errors['manager.password'] = values.manager.password.length >= 8 ? null : '密码至少8位';
        errors['manager.confirm'] =
          values.manager.confirm === values.manager.password ? null : '两次输入的密码不一致';
      }
      return errors;
    },
  });

  const next = () => {
    if (!form.validate().hasErrors) setStep(1);
  };

  const finish = async () => {
    if (form.validate().hasErrors) return;
    setBusy(true);
    try {
      const { confirm: _confirm, ...manager } = form.values.manager;
      const office = hq ? { ...form.values.office, ...HEAD_OFFICE_REGION } : form.values.office;
      await api('setup.initialize', { mode, office, manager });
      notifyOk('设置完成,请用刚创建的账号登录。');
      onDone();
    } catch (err) {
      showApiErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size="sm" py="xl">
      <Title order={2}>欢迎使用 RegionDesk 区域销售管理台</Title>
      <Text c="dimmed" mb="lg">
        首次使用,请选择本机用途,填写单位信息并创建管理账号。
      </Text>
      <Paper withBorder p="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (step === 0) next();
            else void finish();
          }}
        >
          <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} mb="lg">
            <Stepper.Step label={hq ? '销售部信息' : '办事处信息'}>
              <Radio.Group
                label="本机用途"
                value={mode}
                onChange={(v) => {
                  setMode(v as InstallationMode);
                  if (v === 'headOffice' && !form.values.office.officeName) {
                    form.setFieldValue('office.officeName', '销售部');
                  }
                }}
                mb="md"
              >
                <Stack gap={6} mt={6}>
                  <Radio
                    value="office"
                    label="区域办事处:营销代表填报、区域经理审核,每月向销售部报送数据包"
                  />
                  <Radio value="headOffice" label="销售部(总部):导入各区域的月度数据包,核验并汇总" />
                </Stack>
              </Radio.Group>
              <SimpleGrid cols={2}>
                <TextInput
                  label="公司名称"
                  required
                  {...form.getInputProps('office.company')}
                  data-autofocus
                />
                <TextInput
                  label={hq ? '部门名称' : '办事处名称'}
                  required
                  {...form.getInputProps('office.officeName')}
                />
                {!hq && (
                  <>
                    <TextInput
                      label="区域编码"
                      required
                      placeholder="如 HD-01"
                      {...form.getInputProps('office.regionCode')}
                    />
                    <TextInput
                      label="区域名称"
                      required
                      placeholder="如 华东"
                      {...form.getInputProps('office.regionName')}
                    />
                  </>
                )}
              </SimpleGrid>
              {!hq && (
                <Textarea
                  label="覆盖省市"
                  required
                  placeholder="如 上海市、江苏省南京市、苏州市"
                  mt="sm"
                  {...form.getInputProps('office.coverage')}
                />
              )}
              <TextInput label="地址" mt="sm" {...form.getInputProps('office.address')} />
              <SimpleGrid cols={2} mt="sm">
                <TextInput label="电话" {...form.getInputProps('office.phone')} />
                <TextInput label="传真号" required {...form.getInputProps('office.fax')} />
              </SimpleGrid>
              {!hq && (
                <SimpleGrid cols={2} mt="sm">
                  <DateInput
                    label="启用日期"
                    description="从这天起按制度计报表期限,之前的不计缺报"
                    valueFormat="YYYY-MM-DD"
                    {...form.getInputProps('office.startDate')}
                  />
                </SimpleGrid>
              )}
            </Stepper.Step>
            <Stepper.Step label={hq ? '销售部管理员账号' : '区域经理账号'}>
              <SimpleGrid cols={2}>
                <TextInput label="姓名" required {...form.getInputProps('manager.displayName')} />
                <TextInput
                  label="登录名"
                  required
                  placeholder="字母或数字,如 wangjl"
                  {...form.getInputProps('manager.username')}
                />
                <PasswordInput
                  label="密码"
                  required
                  description="至少8位"
                  {...form.getInputProps('manager.password')}
                />
                <PasswordInput label="确认密码" required {...form.getInputProps('manager.confirm')} />
                <TextInput label="手机" {...form.getInputProps('manager.phone')} />
              </SimpleGrid>
            </Stepper.Step>
          </Stepper>
          <Group justify="space-between">
            <Button variant="default" disabled={step === 0} onClick={() => setStep(0)}>
              上一步
            </Button>
            {step === 0 ? (
              <Button type="submit">下一步</Button>
            ) : (
              <Button type="submit" loading={busy}>
                完成设置
              </Button>
            )}
          </Group>
        </form>
      </Paper>
    </Container>
  );
}
