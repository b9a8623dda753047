import { Select } from '@mantine/core';
import { DateInput, MonthPickerInput } from '@mantine/dates';
import type { PeriodKind } from '../../../src-shared/domain/periods';
import { parsePeriod, periodLabel, periodOfDay, shiftPeriod } from '../../../src-shared/domain/periods';

/** Chooses the period of a report in the way its kind needs: a day, a week, a month or a quarter. */
export function PeriodPicker({
  kind,
  value,
  onChange,
}: {
  kind: PeriodKind;
  value: string;
  onChange: (key: string) => void;
}) {
  switch (kind) {
    case 'day':
      return (
        <DateInput
          label="日期"
          valueFormat="YYYY-MM-DD"
          value={value}
          onChange={(v) => v && onChange(v)}
          w={150}
        />
      );
    case 'week':
      return (
        <DateInput
          label="周次(选择该周任意一天)"
          valueFormat="YYYY-MM-DD 所在周"
          value={parsePeriod('week', value)?.first ?? null}
          onChange={(v) => v && onChange(periodOfDay('week', v))}
          w={200}
        />
      );
    case 'month':
      return (
        <MonthPickerInput
          label="月份"
          valueFormat="YYYY年M月"
          value={`${value}-01`}
          onChange={(v) => v && onChange(v.slice(0, 7))}
          w={140}
        />
      );
    case 'quarter': {
      const options = [-4, -3, -2, -1, 0, 1, 2].map((n) => shiftPeriod('quarter', value, n));
      return (
        <Select
          label="季度"
          data={options.map((q) => ({ value: q, label: periodLabel('quarter', q) }))}
          value={value}
          onChange={(v) => v && onChange(v)}
          allowDeselect={false}
          w={170}
        />
      );
    }
    case 'event':
      return null;
  }
}
