import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type KeyboardEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  type Customer,
  type CustomerStatus,
  type DuplicateCustomer,
} from '../../../src-shared/contract';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';
import {
  type CustomerFormValues,
  editorPathOf,
  formValuesOf,
  phonesOf,
  toCustomerInput,
  validateCustomer,
} from './customer-form';
import { DuplicateWarning } from './DuplicateWarning';
import { PeopleEditor } from './PeopleEditor';
import { gradeOptions, useContactSettings } from './use-contact-settings';
import { useOwnerOptions } from './use-owner-options';

interface Props {
  customer: Customer | null;
  initialName?: string;
  onClose: () => void;
  onSaved: (c: Customer) => void;
}

/**
 * Creates or edits one customer of the file with its people. Names and phones are checked against
 * the file as they are typed; a save refused as a duplicate offers 仍然保存; a change someone else
 * made meanwhile is explained; and changes are never thrown away without asking.
 */
export function CustomerModal({ customer, initialName = '', onClose, onSaved }: Props) {
  const { user } = useSession();
  const navigate = useNavigate();
  const rep = user.role === 'rep';
  const [settings] = useContactSettings();
  // The version the editor started from: a save sends its updatedAt so another's change is noticed.
  const [base, setBase] = useState(customer);
  const owners = useOwnerOptions(
    customer?.ownerId ? { id: customer.ownerId, name: customer.ownerName ?? `#${customer.ownerId}` } : null,
  );
  const form = useForm<CustomerFormValues>({
    initialValues: formValuesOf(customer, { name: initialName, ownerId: rep ? user.id : null }),
    validate: validateCustomer,
  });
  const [matches, setMatches] = useState<DuplicateCustomer[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<{ to?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const checkDuplicates = async (): Promise<DuplicateCustomer[]> => {
    const v = form.values;
    const phones = phonesOf(v);
    if (!v.name.trim() && phones.length === 0) {
      setMatches([]);
      return [];
    }
    try {
      const found = await api('customers.duplicates', {
        name: v.name.trim(),
        phones,
        ...(base ? { excludeId: base.id } : {}),
      });
      setMatches(found);
      return found;
    } catch {
      // Only a warning: the save checks again.
      return [];
    }
  };

  const leave = (to?: string) => {
    onClose();
    if (to) navigate(to);
  };
  const requestLeave = (to?: string) => {
    if (form.isDirty()) setLeaving(to ? { to } : {});
    else leave(to);
  };

  const save = async (allowDuplicate = false, against = base) => {
    if (form.validate().hasErrors) return;
    const { input, rowOf } = toCustomerInput(form.values);
    setBusy(true);
    try {
      const saved = against
        ? await api('customers.update', {
            ...input,
            id: against.id,
            allowDuplicate,
            expectedUpdatedAt: against.updatedAt,
          })
        : await api('customers.create', { ...input, allowDuplicate });
      notifyOk(against ? `客户“${saved.name}”已保存。` : `已新建客户“${saved.name}”(编号 ${saved.code})。`);
      form.resetDirty();
      onSaved(saved);
    } catch (err) {
      if (!(err instanceof ApiCallError)) return notifyError(err);
      const { code, fields, message } = err.error;
      if (code === 'CONFLICT' && !fields) return setStale(message);
      const duplicate = code === 'CONFLICT' && !fields?.code && fields?.name !== '客户名称已存在';
      if (duplicate) {
        await checkDuplicates();
        return setRefused(message);
      }
      if (fields) {
        form.setErrors(
          Object.fromEntries(Object.entries(fields).map(([p, m]) => [editorPathOf(p, rowOf), m])),
        );
      }
      notifyError(err, '客户未保存');
    } finally {
      setBusy(false);
    }
  };

  const reload = async (keepMine: boolean) => {
    if (!base) return;
    try {
      const fresh = (await api('customers.get', { id: base.id })).customer;
      setBase(fresh);
      setStale(null);
      if (keepMine) return await save(false, fresh);
      form.setValues(formValuesOf(fresh));
      form.resetDirty(formValuesOf(fresh));
    } catch (err) {
      notifyError(err);
    }
  };

  // Enter in a one-line box saves (as it did when the dialog had one field); Ctrl+Enter from anywhere.
  const onKeyDown = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    const plainEnter =
      e.key === 'Enter' &&
      !e.shiftKey &&
      !e.nativeEvent.isComposing &&
      t.tagName === 'INPUT' &&
      !t.getAttribute('aria-haspopup');
    if (!(plainEnter || (e.key === 'Enter' && (e.ctrlKey || e.metaKey)))) return;
    e.preventDefault();
    e.stopPropagation();
    void save();
  };

  const v = form.values;
  return (
    <Modal
      opened
      onClose={() => requestLeave()}
      title={customer ? `编辑客户 ${customer.name}` : '新建客户'}
      size="xl"
    >
      {/* Not a <form>: this dialog can open from inside the report editor's form. */}
      <Stack onKeyDown={onKeyDown} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="客户名称"
            withAsterisk
            data-autofocus
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('name')}
            onBlur={() => void checkDuplicates()}
          />
          <TextInput label="客户编号" placeholder="留空自动编号" {...form.getInputProps('code')} />
          <Select
            label="客户类型"
            data={[...new Set([...CUSTOMER_TYPES, ...(v.type ? [v.type] : [])])]}
            clearable
            {...form.getInputProps('type')}
            value={v.type || null}
            onChange={(t) => form.setFieldValue('type', t ?? '')}
          />
          <Select
            label="客户等级"
            data={gradeOptions(settings, v.grade)}
            clearable
            placeholder="未分级"
            {...form.getInputProps('grade')}
            value={v.grade || null}
            onChange={(g) => form.setFieldValue('grade', g ?? '')}
          />
          <Input.Wrapper label="客户状态">
            <SegmentedControl
              fullWidth
              data={[...CUSTOMER_STATUSES]}
              value={v.status}
              onChange={(s) => form.setFieldValue('status', s as CustomerStatus)}
            />
          </Input.Wrapper>
          <TextInput label="行业" {...form.getInputProps('industry')} />
          <TextInput label="城市" {...form.getInputProps('city')} />
          <TextInput label="客户来源" placeholder="如 展会、老客户介绍" {...form.getInputProps('source')} />
          <TextInput label="地址" style={{ gridColumn: 'span 2' }} {...form.getInputProps('address')} />
          <Select
            label="负责人"
            data={owners}
            searchable
            clearable={!rep}
            disabled={rep}
            placeholder="暂无负责人"
            description={rep ? '负责人由区域经理调整' : undefined}
            {...form.getInputProps('ownerId')}
          />
        </SimpleGrid>
        <PeopleEditor form={form} onPhoneBlur={() => void checkDuplicates()} />
        <Textarea label="备注" autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        <DuplicateWarning
          matches={matches}
          onOpen={(id) => requestLeave(`/customers/${id}`)}
          {...(refused
            ? {
                refused: {
                  busy,
                  onSaveAnyway: () => void save(true).then(() => setRefused(null)),
                  onCancel: () => setRefused(null),
                },
              }
            : {})}
        />
        {refused && matches.length === 0 && (
          <Alert color="red" role="alert">
            {refused}
          </Alert>
        )}
        {stale && (
          <Alert color="orange" title="此客户已被他人修改" role="alert">
            <Text size="sm">
              {stale} 您可以载入最新内容重新修改(会放弃您在此处的修改),或以您的内容覆盖对方的修改。
            </Text>
            <Group mt="xs" gap="xs">
              <Button size="xs" variant="default" onClick={() => void reload(false)}>
                载入最新内容
              </Button>
              <Button size="xs" color="orange" onClick={() => void reload(true)}>
                以我的内容覆盖
              </Button>
            </Group>
          </Alert>
        )}
        {leaving ? (
          <Alert color="yellow" title="有未保存的修改" role="alert">
            <Text size="sm">关闭后这些修改将丢失。</Text>
            <Group mt="xs" gap="xs">
              <Button size="xs" onClick={() => setLeaving(null)} autoFocus>
                继续编辑
              </Button>
              <Button size="xs" variant="default" color="red" onClick={() => leave(leaving.to)}>
                放弃修改
              </Button>
            </Group>
          </Alert>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              Enter 或 Ctrl+Enter 保存;联系人表格中 Enter 移到下一格。
            </Text>
            <ModalActions
              onCancel={() => requestLeave()}
              confirm="保存客户"
              onConfirm={() => void save()}
              loading={busy}
            />
          </>
        )}
      </Stack>
    </Modal>
  );
}
