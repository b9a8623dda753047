import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api, ApiCallError } from '../../api/client';
import { notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { useApi } from '../head-office';

type Saved = OutputOf<'reference.saveShipment'>;

interface Values {
  docNo: string;
  lineNo: number | string;
  shipDate: string | null;
  dealerCode: string | null;
  productCode: string | null;
  batchNo: string;
  cartonFrom: string;
  cartonTo: string;
  quantity: number | string;
  unitPrice: number | string;
}

const need = (v: string | null, label: string) => (v && v.trim() ? null : `请填写${label}`);

/**
 * 登记发货: one 发货单 line typed in by hand, checked by the same rules as an imported row; the
 * same 发货单号 and 行号 again corrects the line.
 */
export function ShipmentModal({ onClose, onSaved }: { onClose: () => void; onSaved: (s: Saved) => void }) {
  const dealers = useApi('reference.dealers', {}).data ?? [];
  const products = useApi('reference.products', {}).data ?? [];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      docNo: '',
      lineNo: '',
      shipDate: officeToday(),
      dealerCode: null,
      productCode: null,
      batchNo: '',
      cartonFrom: '',
      cartonTo: '',
      quantity: '',
      unitPrice: '',
    },
    validateInputOnBlur: true,
    // A refusal speaks of the values it was given; once they change it no longer applies.
    onValuesChange: () => setProblem(null),
    validate: {
      docNo: (v) => need(v, '发货单号'),
      shipDate: (v) => need(v, '发货日期'),
      dealerCode: (v) => (v ? null : '请选择经销商'),
      productCode: (v) => (v ? null : '请选择产品'),
      batchNo: (v) => need(v, '批号'),
      cartonFrom: (v) => need(v, '起始箱码'),
      cartonTo: (v) => need(v, '结束箱码'),
      quantity: (v) => (v === '' ? '请填写数量' : null),
      unitPrice: (v) => (v === '' ? '请填写单价' : null),
    },
  });

  const save = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api('reference.saveShipment', {
        docNo: v.docNo.trim(),
        ...(typeof v.lineNo === 'number' ? { lineNo: v.lineNo } : {}),
        shipDate: v.shipDate ?? '',
        dealerCode: v.dealerCode ?? '',
        productCode: v.productCode ?? '',
        batchNo: v.batchNo.trim(),
        cartonFrom: v.cartonFrom.trim(),
        cartonTo: v.cartonTo.trim(),
        quantity: Number(v.quantity),
        unitPrice: Number(v.unitPrice),
      });
      notifyOk(`发货单 ${saved.docNo} 第 ${saved.lineNo} 行已保存,随下一个参考数据包下发。`);
      onSaved(saved);
    } catch (err) {
      setProblem(err instanceof ApiCallError ? err.error.message : '未能保存,请重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="登记发货" size="xl">
      <form onSubmit={form.onSubmit((values) => void save(values))}>
        <Stack>
          <SimpleGrid cols={3}>
            <TextInput label="发货单号" withAsterisk data-autofocus {...form.getInputProps('docNo')} />
            <NumberInput
              label="行号"
              placeholder="不填为 1"
              min={1}
              allowDecimal={false}
              hideControls
              {...form.getInputProps('lineNo')}
            />
            <DateInput
              label="发货日期"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              {...form.getInputProps('shipDate')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label="经销商"
              withAsterisk
              searchable
              nothingFoundMessage="名录中没有这个经销商,请先在“经销商名录”添加"
              data={dealers.map((d) => ({ value: d.code, label: `${d.code} ${d.name}(${d.regionCode})` }))}
              {...form.getInputProps('dealerCode')}
            />
            <Select
              label="产品"
              withAsterisk
              searchable
              nothingFoundMessage="目录中没有这个产品,请先在“产品目录”添加"
              data={products.map((p) => ({ value: p.code, label: `${p.code} ${p.name} ${p.spec}`.trim() }))}
              {...form.getInputProps('productCode')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput label="批号" withAsterisk {...form.getInputProps('batchNo')} />
            <TextInput label="起始箱码" withAsterisk {...form.getInputProps('cartonFrom')} />
            <TextInput label="结束箱码" withAsterisk {...form.getInputProps('cartonTo')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberInput
              label="数量"
              withAsterisk
              min={1}
              allowDecimal={false}
              thousandSeparator=","
              hideControls
              {...form.getInputProps('quantity')}
            />
            <NumberInput
              label="单价(元)"
              withAsterisk
              min={0}
              decimalScale={2}
              thousandSeparator=","
              hideControls
              {...form.getInputProps('unitPrice')}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            区域按经销商所属区域记。同一发货单号填已有的行号,即更正该行。
          </Text>
          {problem && (
            <Alert color="red" role="alert" title="未保存">
              {problem}
            </Alert>
          )}
          <ModalActions onCancel={onClose} confirm="保存发货记录" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
