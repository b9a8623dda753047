import { Alert, Modal, SegmentedControl, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { CaseDetail, ChannelCase, FinePreview } from '../../../src-shared/contract/channel';
import { FINE_ROLE_LABELS } from '../../../src-shared/domain/channel';
import { api, ApiCallError } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { yuanText } from './case-labels';
import { sanctionProblems, SanctionRows, type SanctionValues } from './SanctionRows';
import { usePeople } from './use-people';

interface Values {
  outcome: 'confirmed' | 'rejected';
  verification: string;
  decision: string;
  partyId: string | null;
  sanctions: SanctionValues[];
}

/**
 * 核实结论: 成立 or 不成立. For a sale below the list the fines that 成立 will charge are shown
 * before confirming — 当事人 and the direct supervisor of the sale date, each the full amount.
 */
export function DecisionModal({
  c,
  onClose,
  onDecided,
}: {
  c: ChannelCase;
  onClose: () => void;
  onDecided: (d: CaseDetail) => void;
}) {
  const today = officeToday();
  const { parties } = usePeople();
  const form = useForm<Values>({
    initialValues: {
      outcome: 'confirmed',
      verification: '',
      decision: '',
      partyId: c.partyId === null ? null : String(c.partyId),
      sanctions: [],
    },
    validate: (v) => ({
      verification: v.verification.trim().length < 2 ? '请写明核实结果(至少2个字)' : null,
      partyId: v.outcome === 'confirmed' && c.belowList && !v.partyId ? '低价销售成立须指定当事人' : null,
      ...(v.outcome === 'confirmed' ? sanctionProblems(v.sanctions) : {}),
    }),
  });
  const v = form.values;
  const confirmed = v.outcome === 'confirmed';
  const [preview, setPreview] = useState<FinePreview | null>(null);
  useEffect(() => {
    let live = true;
    api('channel.finePreview', { id: c.id, ...(v.partyId ? { partyId: Number(v.partyId) } : {}) }).then(
      (p) => live && setPreview(p),
      () => live && setPreview(null),
    );
    return () => {
      live = false;
    };
  }, [c.id, v.partyId]);

  const submit = async () => {
    if (form.validate().hasErrors) return;
    try {
      const d = await api('channel.decide', {
        id: c.id,
        outcome: v.outcome,
        verification: v.verification.trim(),
        decision: v.decision.trim(),
        ...(v.partyId ? { partyId: Number(v.partyId) } : {}),
        sanctions: confirmed
          ? v.sanctions.map((s) => ({
              dealerCode: s.dealerCode.trim(),
              kind: s.kind!,
              fromDay: s.fromDay!,
              ...(s.toDay ? { toDay: s.toDay } : {}),
            }))
          : [],
      });
      notifyOk(`案件第 ${c.id} 号已认定为“${confirmed ? '成立' : '不成立'}”。`);
      onDecided(d);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields) form.setErrors(err.error.fields);
      notifyError(err, '核实结论未保存');
    }
  };

  return (
    <Modal opened onClose={onClose} title={`核实结论 · 案件第 ${c.id} 号`} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SegmentedControl
            aria-label="核实结果"
            data={[
              { value: 'confirmed', label: '成立' },
              { value: 'rejected', label: '不成立' },
            ]}
            {...form.getInputProps('outcome')}
          />
          <Textarea
            label="核实结果"
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
            placeholder="如:经现场核对票据与纸箱批号,属实"
            {...form.getInputProps('verification')}
          />
          <Textarea label="处理决定" autosize minRows={2} {...form.getInputProps('decision')} />
          {confirmed && (
            <>
              <Select
                label="当事人"
                withAsterisk={c.belowList}
                placeholder="请选择低价销售的营销代表或经理"
                data={parties}
                searchable
                clearable
                {...form.getInputProps('partyId')}
              />
              <FineLines preview={preview} />
              <SanctionRows form={form} defaultDealer={c.sourceDealerCode ?? ''} today={today} />
            </>
          )}
          <ModalActions onCancel={onClose} confirm={confirmed ? '确认成立' : '确认不成立'} />
        </Stack>
      </form>
    </Modal>
  );
}

function FineLines({ preview }: { preview: FinePreview | null }) {
  if (!preview) return null;
  if (!preview.belowList)
    return (
      <Text size="sm" c="dimmed">
        售价不低于规定价{preview.listPriceFen === null ? '(或价格表中没有规定价)' : ''},不罚款。
      </Text>
    );
  return (
    <Alert color="red" variant="light" title={`认定成立将罚款(差价 × 数量 × ${preview.multiple} 倍)`}>
      {preview.lines.length > 0 && (
        <Table aria-label="将处罚款" withRowBorders={false}>
          <Table.Tbody>
            {preview.lines.map((l) => (
              <Table.Tr key={l.role}>
                <Table.Td>{FINE_ROLE_LABELS[l.role]}</Table.Td>
                <Table.Td>{l.userName}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {yuanText(l.amountFen)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {preview.note && <Text size="sm">{preview.note}</Text>}
    </Alert>
  );
}
