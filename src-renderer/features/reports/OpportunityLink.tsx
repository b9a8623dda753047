import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Opportunity } from '../../../src-shared/contract';
import type { TableDef } from '../../../src-shared/domain/forms';
import { api } from '../../api/client';
import type { Row } from './form-table-ops';
import { opportunityLinkOf, rowMayLink } from './opportunity-link';
import { useReportContext } from './report-context';

interface Props {
  table: TableDef;
  row: Row;
  readOnly: boolean;
  onPatch: (patch: Row) => void;
}

/**
 * 关联商机: a visit for 订单跟进 or 售后服务 to a customer of the file may name one of that customer's
 * open opportunities, and then shows on its timeline. Hidden for other visits.
 */
export function OpportunityLink({ table, row, readOnly, onPatch }: Props) {
  const link = opportunityLinkOf(useReportContext()?.form, table.key);
  const show = link !== null && rowMayLink(link, row);
  const customerId = show ? (row.customerId as number) : null;
  const [found, setFound] = useState<Opportunity[] | null>(null);

  useEffect(() => {
    setFound(null);
    if (customerId === null) return;
    let live = true;
    api('pipeline.list', { customerId }).then(
      (r) => live && setFound(r),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [customerId]);

  if (!show || !link) return null;
  const value = typeof row[link.key] === 'number' ? String(row[link.key]) : null;
  const options = (found ?? []).map((o) => ({
    value: String(o.id),
    label: `${o.title}(${o.stageName})`,
  }));
  // A link to one closed since still shows, so reading the report says what it was.
  if (value && found && !options.some((o) => o.value === value)) {
    options.push({ value, label: `商机 #${value}(已关闭)` });
  }
  const none = found !== null && options.length === 0;
  return (
    <Select
      label="关联商机"
      size="sm"
      maw={360}
      data={options}
      value={value}
      readOnly={readOnly}
      disabled={none && !readOnly}
      clearable={!readOnly}
      placeholder={none ? '该客户没有进行中的商机' : '不关联'}
      comboboxProps={{ withinPortal: true }}
      onChange={(v) => onPatch({ [link.key]: v ? Number(v) : null })}
    />
  );
}
