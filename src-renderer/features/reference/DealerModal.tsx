import { Checkbox, Modal, SegmentedControl, SimpleGrid, Stack, Input, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  refDealer,
  type RefDealer,
} from '../../../src-shared/contract/reference';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { schemaErrors } from './reference-format';

type Dealer = OutputOf<'reference.dealers'>[number];
type Status = RefDealer['agreementStatus'];

interface Values {
  code: string;
  name: string;
  regionCode: string;
  agreementNo: string;
  agreementStatus: Status;
  radiates: boolean;
  stopped: boolean;
  stopFrom: string | null;
  stopReason: string;
}

const valuesOf = (d: Dealer | null): Values => ({
  code: d?.code ?? '',
  name: d?.name ?? '',
  regionCode: d?.regionCode ?? '',
  agreementNo: d?.agreementNo ?? '',
  agreementStatus: d?.agreementStatus ?? 'active',
  radiates: d?.radiates ?? false,
  stopped: d?.shipmentStop != null,
  stopFrom: d?.shipmentStop?.from ?? null,
  stopReason: d?.shipmentStop?.reason ?? '',
});

const toInput = (v: Values): RefDealer => ({
  code: v.code,
  name: v.name,
  regionCode: v.regionCode,
  agreementNo: v.agreementNo,
  agreementStatus: v.agreementStatus,
  radiates: v.radiates,
  shipmentStop: v.stopped ? { from: v.stopFrom ?? '', reason: v.stopReason } : null,
});

// The schema names the stop's fields inside shipmentStop; the form keeps them flat.
const FIELD_OF: Record<string, string> = {
  'shipmentStop.from': 'stopFrom',
  'shipmentStop.reason': 'stopReason',
};

/** Adds a dealer or edits one: region, agreement, whether it radiates, and a shipment stop with its reason. */
export function DealerModal({
  dealer,
  takenCodes,
  onClose,
  onSaved,
}: {
  dealer: Dealer | null;
  takenCodes: ReadonlySet<string>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const adding = dealer === null;
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(dealer),
    validateInputOnBlur: true,
    validate: (v) => {
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(schemaErrors(refDealer, toInput(v))))
        errors[FIELD_OF[path] ?? path] = message;
      if (v.stopped && !v.stopFrom) errors.stopFrom = '请填写停止发货日期';
      if (adding && !errors.code && takenCodes.has(v.code.normalize('NFKC').trim()))
        errors.code = '该经销商编码已在名录中,请关闭后在列表中点“编辑”修改';
      return errors;
    },
  });

  const save = async (values: Values) => {
    setBusy(true);
    try {
      const saved = await api('reference.saveDealer', toInput(values));
      notifyOk(adding ? `已添加经销商 ${saved.name}。` : `经销商 ${saved.name} 已保存。`);
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  const v = form.values;
  return (
    <Modal opened onClose={onClose} title={adding ? '添加经销商' : `编辑经销商 ${dealer.code}`} size="lg">
      <form onSubmit={form.onSubmit((values) => void save(values))}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label="经销商编码"
              withAsterisk
              disabled={!adding}
              description={adding ? '字母、数字和 _ . / -,如 D3001' : '编码不能修改'}
              data-autofocus={adding || undefined}
              {...form.getInputProps('code')}
            />
            <TextInput
              label="经销商名称"
              withAsterisk
              data-autofocus={!adding || undefined}
              {...form.getInputProps('name')}
            />
            <TextInput
              label="区域编码"
              withAsterisk
              description="经销商所在的销售区域,如 HD-03"
              {...form.getInputProps('regionCode')}
            />
            <TextInput label="协议编号" placeholder="如 XY-2026-031" {...form.getInputProps('agreementNo')} />
          </SimpleGrid>
          <Input.Wrapper label="协议状态" withAsterisk error={form.errors.agreementStatus}>
            <SegmentedControl
              aria-label="协议状态"
              display="flex"
              data={AGREEMENT_STATUSES.map((s) => ({ value: s, label: AGREEMENT_STATUS_LABELS[s] }))}
              value={v.agreementStatus}
              onChange={(s) => form.setFieldValue('agreementStatus', s as Status)}
            />
          </Input.Wrapper>
          <Checkbox
            label="辐射经营(正常业务覆盖本区域以外,须每月交商品流向单)"
            {...form.getInputProps('radiates', { type: 'checkbox' })}
          />
          <Checkbox
            label="停止发货"
            {...form.getInputProps('stopped', { type: 'checkbox' })}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              form.setFieldValue('stopped', on);
              if (on && !v.stopFrom) form.setFieldValue('stopFrom', officeToday());
            }}
          />
          {v.stopped && (
            <SimpleGrid cols={2}>
              <DateInput
                label="停止发货日期"
                withAsterisk
                valueFormat="YYYY-MM-DD"
                placeholder="年-月-日"
                {...form.getInputProps('stopFrom')}
              />
              <TextInput
                label="停止发货原因"
                withAsterisk
                placeholder="如:未按期交商品流向单"
                {...form.getInputProps('stopReason')}
              />
            </SimpleGrid>
          )}
          <ModalActions onCancel={onClose} confirm="保存" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
