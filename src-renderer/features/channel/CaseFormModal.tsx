import {
  Alert,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { CaseDetail, ChannelCase } from '../../../src-shared/contract/channel';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';
import { yuanText } from './case-labels';
import {
  type CaseFormValues,
  type CasePrefill,
  formPathOf,
  initialCaseValues,
  toCaseInput,
  validateCase,
} from './case-form';
import { useListPrice } from './use-list-price';
import { usePeople } from './use-people';

interface Props {
  /** Editing an existing case's facts; a new registration when absent. */
  existing?: ChannelCase | null;
  prefill?: CasePrefill | null;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/**
 * 窜货/低价举报单 (F11): the facts as found. The 规定价 of the sale date and the difference show as
 * soon as the product and the price are typed; the 疑似来源 is looked up when it is registered.
 */
export function CaseFormModal({ existing = null, prefill = null, onClose, onSaved }: Props) {
  const { user } = useSession();
  const today = officeToday();
  const { reporters, parties } = usePeople();
  const form = useForm<CaseFormValues>({
    initialValues: initialCaseValues({ today, me: user.id, prefill, existing }),
    validate: validateCase(today),
  });
  const v = form.values;
  const price = useListPrice(v.productCode, v.saleDate ?? v.foundOn);
  const salePrice = v.salePrice === '' ? null : Number(v.salePrice);
  const qty = v.quantity === '' ? null : Number(v.quantity);
  const diffFen =
    price?.listPriceFen != null && salePrice !== null && Number.isFinite(salePrice)
      ? price.listPriceFen - Math.round(salePrice * 100)
      : null;

  const submit = async () => {
    if (form.validate().hasErrors) return;
    const input = toCaseInput(form.values);
    try {
      const detail = existing
        ? await api('channel.edit', { ...input, id: existing.id })
        : await api('channel.register', input);
      notifyOk(existing ? `案件第 ${detail.case.id} 号已修改。` : `已登记案件第 ${detail.case.id} 号。`);
      onSaved(detail);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields)
        form.setErrors(
          Object.fromEntries(Object.entries(err.error.fields).map(([k, m]) => [formPathOf(k), m])),
        );
      notifyError(err, existing ? '案件未修改' : '案件未登记');
    }
  };

  // Where the reporter starts typing: the facts the lookup could not know.
  const firstEmpty = prefill ? 'place' : 'foundOn';
  const title = existing ? `修改案件第 ${existing.id} 号` : '窜货/低价举报单(F11)';
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {prefill?.sourceText && (
            <Alert color="blue" variant="light" title="疑似来源(按查询结果)">
              {prefill.sourceText}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateInput
              label="发现日期"
              description="不能晚于今天"
              withAsterisk
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              maxDate={today}
              data-autofocus={firstEmpty === 'foundOn' || undefined}
              {...form.getInputProps('foundOn')}
            />
            <DateInput
              label="销售日期"
              description="不填即为发现日期"
              valueFormat="YYYY-MM-DD"
              placeholder="年-月-日"
              clearable
              maxDate={v.foundOn ?? today}
              {...form.getInputProps('saleDate')}
            />
            <TextInput
              label="地点"
              description="药店、市场或网点,写到街道"
              withAsterisk
              placeholder="如:绍兴市柯桥区华舍街道康乐药店"
              data-autofocus={firstEmpty === 'place' || undefined}
              {...form.getInputProps('place')}
            />
            <TextInput
              label="产品编码"
              withAsterisk
              description={
                price?.product ? `${price.product.name} ${price.product.spec}` : '纸箱上的产品编码'
              }
              {...form.getInputProps('productCode')}
            />
            <TextInput
              label="批号"
              withAsterisk
              description="纸箱上印的批号"
              {...form.getInputProps('batchNo')}
            />
            <TextInput
              label="箱码"
              description="有箱码时可确定具体发货"
              {...form.getInputProps('cartonCode')}
            />
            <NumberInput
              label="数量"
              description="发现的数量"
              withAsterisk
              min={1}
              allowDecimal={false}
              hideControls
              suffix={price?.product ? ` ${price.product.unit}` : undefined}
              {...form.getInputProps('quantity')}
            />
            <NumberInput
              label="售价(元)"
              withAsterisk
              description="每单位实际售价"
              min={0}
              decimalScale={2}
              fixedDecimalScale
              thousandSeparator=","
              hideControls
              {...form.getInputProps('salePrice')}
            />
            <Stack gap={2} aria-label="规定价与差价" role="group">
              <Text size="sm" fw={500}>
                规定价
              </Text>
              <Text size="sm" data-testid="list-price">
                {price === null
                  ? '填写产品编码和日期后显示'
                  : price.product === null
                    ? '总部产品目录中没有这个产品编码'
                    : price.listPriceFen === null
                      ? '价格表中该日没有规定价'
                      : `${yuanText(price.listPriceFen)}(${v.saleDate ?? v.foundOn} 执行)`}
              </Text>
              {diffFen !== null && (
                <Text size="sm" c={diffFen > 0 ? 'red' : 'dimmed'} fw={diffFen > 0 ? 600 : 400}>
                  {diffFen > 0
                    ? `低于规定价 ${yuanText(diffFen)}/单位${qty ? `,合计差价 ${yuanText(diffFen * qty)}` : ''}`
                    : '不低于规定价'}
                </Text>
              )}
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="当事人"
              description="低价销售的营销代表或经理,可在核实时再定"
              placeholder="尚不确定"
              data={parties}
              searchable
              clearable
              {...form.getInputProps('partyId')}
            />
            <Select
              label="举报人"
              withAsterisk
              data={reporters}
              searchable
              disabled={user.role === 'rep'}
              {...form.getInputProps('reporterId')}
            />
          </SimpleGrid>
          <Textarea
            label="情况说明"
            autosize
            minRows={2}
            maxRows={6}
            placeholder="如何发现、对方说法、现场情况等"
            {...form.getInputProps('description')}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Enter 提交 · Esc 关闭
            </Text>
            <ModalActions onCancel={onClose} confirm={existing ? '保存修改' : '登记'} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
