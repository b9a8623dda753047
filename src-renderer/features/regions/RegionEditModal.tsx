import { Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import {
  CUSTOMER_TYPES,
  MARKET_TIERS,
  type OutputOf,
  type RegionEdit,
  type UserSummary,
} from '../../../src-shared/contract';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { submitOnCtrlEnter } from './submit-keys';

type Region = OutputOf<'regions.current'>['region'];

/** 编辑区域: the regulation's criteria of the region (coverage, market size, customer types) and its manager. */
export function RegionEditModal({
  region,
  onClose,
  onSaved,
}: {
  region: Region;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [managers, setManagers] = useState<UserSummary[]>([]);
  useEffect(() => {
    api('people.list', {}).then(
      (p) => setManagers(p.filter((u) => u.role === 'manager' && u.active)),
      notifyError,
    );
  }, []);
  const form = useForm({
    initialValues: {
      name: region.name,
      coverage: region.coverage,
      marketTier: (MARKET_TIERS as readonly string[]).includes(region.marketTier) ? region.marketTier : null,
      customerTypes: region.customerTypes.filter((t) => (CUSTOMER_TYPES as readonly string[]).includes(t)),
      managerId: region.managerId === null ? null : String(region.managerId),
    },
    validate: {
      name: (v) => (!v.trim() ? '请填写区域名称' : v.trim().length > 50 ? '区域名称不能超过50个字' : null),
      coverage: (v) =>
        !v.trim() ? '请填写覆盖省市' : v.trim().length > 500 ? '覆盖省市不能超过500个字' : null,
      marketTier: (v) => (v ? null : '请选择市场级别'),
      customerTypes: (v) => (v.length ? null : '请至少选择一种客户类型'),
      managerId: (v) => (v ? null : '请选择区域经理'),
    },
  });

  const submit = async () => {
    if (form.validate().hasErrors) return;
    const v = form.values;
    try {
      await api('regions.update', {
        name: v.name,
        coverage: v.coverage,
        marketTier: v.marketTier as RegionEdit['marketTier'],
        customerTypes: v.customerTypes as RegionEdit['customerTypes'],
        managerId: Number(v.managerId),
      });
      notifyOk('区域信息已保存。');
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`编辑区域:${region.name}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={submitOnCtrlEnter(() => void submit())}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label="区域名称" withAsterisk data-autofocus {...form.getInputProps('name')} />
            <TextInput label="区域编码" value={region.code} readOnly />
            <Select
              label="市场级别"
              withAsterisk
              data={[...MARKET_TIERS]}
              allowDeselect={false}
              {...form.getInputProps('marketTier')}
            />
            <Select
              label="区域经理"
              withAsterisk
              data={managers.map((m) => ({ value: String(m.id), label: m.displayName }))}
              allowDeselect={false}
              {...form.getInputProps('managerId')}
            />
          </SimpleGrid>
          <Textarea
            label="覆盖省市"
            withAsterisk
            autosize
            minRows={2}
            maxRows={5}
            description="如:浙江省杭州市、绍兴市、宁波市"
            {...form.getInputProps('coverage')}
          />
          <Checkbox.Group label="客户类型" withAsterisk {...form.getInputProps('customerTypes')}>
            <Group gap="md" mt={6}>
              {CUSTOMER_TYPES.map((t) => (
                <Checkbox key={t} value={t} label={t} />
              ))}
            </Group>
          </Checkbox.Group>
          <Text size="sm" c="dimmed">
            区域编码在“办事处设置”中修改。换区域经理时,新经理从今天起负责本区域,此前的任职记录保留。按
            Ctrl+Enter 保存。
          </Text>
          <ModalActions onCancel={onClose} confirm="保存" />
        </Stack>
      </form>
    </Modal>
  );
}
