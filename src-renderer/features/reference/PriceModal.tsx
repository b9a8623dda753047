import { Modal, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { refPrice } from '../../../src-shared/contract/reference';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { fenLabel, schemaErrors } from './reference-format';

type Product = OutputOf<'reference.products'>[number];
type Price = OutputOf<'reference.prices'>[number];

interface Values {
  productCode: string | null;
  effectiveFrom: string | null;
  /** 元 as typed; stored in 分. */
  yuan: number | string;
}

const toInput = (v: Values) => ({
  productCode: v.productCode ?? '',
  effectiveFrom: v.effectiveFrom ?? '',
  priceFen: typeof v.yuan === 'number' ? Math.round(v.yuan * 100) : NaN,
});

/** Sets a product's 规定价 from a date on; the same product and date again replaces the price. */
export function PriceModal({
  products,
  prices,
  initialProduct,
  onClose,
  onSaved,
}: {
  products: readonly Product[];
  prices: readonly Price[];
  initialProduct: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: { productCode: initialProduct, effectiveFrom: officeToday(), yuan: '' },
    validateInputOnBlur: true,
    validate: (v) => {
      const errors = schemaErrors(refPrice, toInput(v));
      if (v.productCode === null) errors.productCode = '请选择产品';
      if (v.effectiveFrom === null) errors.effectiveFrom = '请填写执行日期';
      if (v.yuan === '') errors.yuan = '请填写规定价';
      else if (errors.priceFen) errors.yuan = errors.priceFen;
      delete errors.priceFen;
      return errors;
    },
  });
  const v = form.values;
  const replaced = prices.find((p) => p.productCode === v.productCode && p.effectiveFrom === v.effectiveFrom);

  const save = async (values: Values) => {
    setBusy(true);
    try {
      const saved = await api('reference.savePrice', toInput(values));
      notifyOk(
        `${saved.productCode} 自 ${saved.effectiveFrom} 起规定价 ${fenLabel(saved.priceFen)} 元,已保存。`,
      );
      onSaved();
    } catch (err) {
      showApiErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="添加规定价" size="lg">
      <form onSubmit={form.onSubmit((values) => void save(values))}>
        <Stack>
          <Select
            label="产品"
            withAsterisk
            searchable
            data-autofocus
            placeholder="输入编码或名称查找"
            nothingFoundMessage="目录中没有这个产品,请先在“产品目录”添加"
            data={products.map((p) => ({ value: p.code, label: `${p.code} ${p.name} ${p.spec}`.trim() }))}
            {...form.getInputProps('productCode')}
          />
          <SimpleGrid cols={2}>
            <DateInput
              label="执行日期"
              withAsterisk
              description="从这天起执行,直到下一个执行日期"
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              {...form.getInputProps('effectiveFrom')}
            />
            <NumberInput
              label="规定价(元)"
              withAsterisk
              description="每单位的价格,最多两位小数"
              decimalScale={2}
              min={0}
              thousandSeparator=","
              hideControls
              {...form.getInputProps('yuan')}
            />
          </SimpleGrid>
          {replaced && (
            <Text size="sm" c="orange">
              该产品在这一天已有规定价 {fenLabel(replaced.priceFen)} 元,保存后将被替换。
            </Text>
          )}
          <ModalActions onCancel={onClose} confirm="保存规定价" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
