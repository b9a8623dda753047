import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useOwners } from './use-owners';

/** An opportunity's own fields as the form holds them (numbers and days as the inputs give them). */
export interface FieldValues {
  title: string;
  productLine: string;
  amount: number | string;
  expectedClose: string | null;
  ownerId: string | null;
}

export const emptyFields = (): FieldValues => ({
  title: '',
  productLine: '',
  amount: '',
  expectedClose: null,
  ownerId: null,
});

/** The same rules as the API's, so most mistakes are named before a round trip. */
export const validateFields = {
  title: (v: string) =>
    !v.trim() ? '请填写商机内容' : v.trim().length > 100 ? '商机内容不能超过100个字' : null,
  productLine: (v: string) => (v.trim().length > 50 ? '产品线不能超过50个字' : null),
  amount: (v: number | string) =>
    v === '' || Number.isNaN(Number(v)) ? '请填写预计金额' : Number(v) < 0 ? '预计金额不能为负数' : null,
  expectedClose: (v: string | null) => (v ? null : '请填写预计成交日期'),
};

interface Props<T extends FieldValues> {
  form: UseFormReturnType<T>;
  /** The manager may give an opportunity to anyone; others own what they create. */
  ownerField: boolean;
  readOnly?: boolean;
}

/** 商机内容, 产品线, 预计金额, 预计成交日期 and, for the manager, 负责人. */
export function OpportunityFieldInputs<T extends FieldValues>({
  form,
  ownerField,
  readOnly = false,
}: Props<T>) {
  const owners = useOwners(ownerField);
  return (
    <>
      <TextInput
        label="商机内容"
        withAsterisk
        placeholder="如:2027年度输液器集中采购"
        readOnly={readOnly}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label="产品线"
          placeholder="如:输注类"
          readOnly={readOnly}
          {...form.getInputProps('productLine')}
        />
        <NumberInput
          label="预计金额"
          withAsterisk
          suffix=" 元"
          min={0}
          decimalScale={2}
          thousandSeparator=","
          hideControls
          readOnly={readOnly}
          {...form.getInputProps('amount')}
        />
        <DateInput
          label="预计成交日期"
          withAsterisk
          valueFormat="YYYY-MM-DD"
          placeholder="年-月-日"
          readOnly={readOnly}
          {...form.getInputProps('expectedClose')}
        />
        {ownerField && (
          <Select
            label="负责人"
            placeholder="默认为客户的负责人"
            data={owners}
            searchable
            clearable
            readOnly={readOnly}
            {...form.getInputProps('ownerId')}
          />
        )}
      </SimpleGrid>
    </>
  );
}
