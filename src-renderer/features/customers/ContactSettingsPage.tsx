import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type ContactSettings, contactSettings } from '../../../src-shared/contract';
import { DEFAULT_CONTACT_SETTINGS } from '../../../src-shared/domain/customers';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { LoadedFields } from '../../app/LoadedFields';

/** The contract's own checks, so each box shows the message the API would give. */
function validate(v: ContactSettings): Record<string, string> {
  const parsed = contactSettings.safeParse(v);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

/**
 * 定期联系设置 (manager): each grade's contact interval in calendar days, how many days ahead to warn,
 * and whether contacts' phone numbers go to head office with the monthly bundle.
 */
export function ContactSettingsPage() {
  const [loaded, setLoaded] = useState(false);
  const form = useForm<ContactSettings>({
    initialValues: structuredClone(DEFAULT_CONTACT_SETTINGS),
    validate,
  });
  useEffect(() => {
    api('customers.contactSettings', {}).then((s) => {
      form.setValues(s);
      form.resetDirty(s);
      setLoaded(true);
    }, notifyError);
    // Loaded once; the form is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: ContactSettings) => {
    try {
      const saved = await api('customers.updateContactSettings', values);
      form.setValues(saved);
      form.resetDirty(saved);
      notifyOk('联系间隔设置已保存,提醒按新设置计算。');
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  const grades = form.values.grades;
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <LoadedFields loaded={loaded}>
        <Stack maw={720}>
          <Group justify="space-between" align="flex-end">
            <Title order={3}>联系间隔设置</Title>
            <Group>
              <Button
                variant="default"
                onClick={() => form.setValues(structuredClone(DEFAULT_CONTACT_SETTINGS))}
              >
                恢复默认值
              </Button>
              <Button type="submit" disabled={!loaded || !form.isDirty()}>
                保存
              </Button>
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            客户超过其等级的联系间隔未联系即为“已逾期”,到期前若干天起为“即将到期”。按日历天计算,节假日不顺延。
          </Text>
          <Paper withBorder p="md">
            <Table aria-label="客户等级与联系间隔">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>客户等级</Table.Th>
                  <Table.Th>联系间隔(天)</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grades.map((g, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <TextInput aria-label={`等级 ${i + 1}`} {...form.getInputProps(`grades.${i}.grade`)} />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${g.grade || `等级 ${i + 1}`}联系间隔`}
                        min={1}
                        max={366}
                        allowDecimal={false}
                        suffix=" 天"
                        {...form.getInputProps(`grades.${i}.intervalDays`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`删除等级 ${g.grade || i + 1}`}
                        disabled={grades.length <= 1}
                        onClick={() => form.removeListItem('grades', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {form.errors.grades && (
              <Text size="sm" c="red" mt={4} role="alert">
                {form.errors.grades}
              </Text>
            )}
            <Button
              mt="xs"
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={grades.length >= 10}
              onClick={() => form.insertListItem('grades', { grade: '', intervalDays: 30 })}
            >
              添加等级
            </Button>
          </Paper>
          <Paper withBorder p="md">
            <NumberInput
              label="提前提醒"
              description="到期前多少天起显示为“即将到期”(黄色)"
              min={0}
              max={60}
              allowDecimal={false}
              suffix=" 天"
              w={260}
              {...form.getInputProps('warnDays')}
            />
          </Paper>
          <Paper withBorder p="md">
            <Switch
              label="联系人电话随月报发送总部"
              {...form.getInputProps('phonesToHeadOffice', { type: 'checkbox' })}
            />
            <Alert color="gray" mt="sm" p="xs">
              <Text size="sm">
                联系人的电话号码属于个人信息。关闭时(默认),月报数据包只带客户和联系人姓名,不带电话;打开后电话也发往销售部。
                数据包会注明是否包含电话。
              </Text>
            </Alert>
          </Paper>
        </Stack>
      </LoadedFields>
    </form>
  );
}
