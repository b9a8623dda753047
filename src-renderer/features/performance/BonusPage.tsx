import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { api, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { officeToday } from '../../app/format';
import { ModalActions } from '../../app/ModalActions';
import { useSession } from '../../app/session';
import { PrintPreviewModal } from '../documents';
import { BonusStatementCard } from './BonusStatementCard';
import { DeductionModal } from './DeductionModal';

type BonusMonth = OutputOf<'bonus.month'>;

/**
 * 奖金核算: each rep's bonus of a month with every line's basis; manual deductions while the month
 * is open; the manager's approval locks it, and later changes come as adjustment lines next month.
 * Each statement prints as a 奖金核算单; an approved month exports as the payroll sheet.
 */
export function BonusPage() {
  const { user } = useSession();
  const manager = user.role === 'manager';
  const [month, setMonth] = useState(dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM'));
  const [data, setData] = useState<BonusMonth | null>(null);
  const [deducting, setDeducting] = useState(false);
  const [preview, setPreview] = useState<{ name: string; model: DocModel } | null>(null);

  const load = useCallback(() => {
    api('bonus.month', { month }).then(setData, notifyError);
  }, [month]);
  useEffect(load, [load]);

  const [confirming, setConfirming] = useState(false);
  const approve = async () => {
    try {
      setData(await api('bonus.approve', { month }));
      notifyOk(`${month} 奖金已审核锁定。`);
    } catch (err) {
      notifyError(err);
    } finally {
      setConfirming(false);
    }
  };
  const fetchFile = (get: () => Promise<{ fileId: string; fileName: string }>) => {
    get().then(deliverFile).catch(notifyError);
  };

  const statements = data?.statements ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>奖金核算</Title>
        <Group align="flex-end">
          <MonthPickerInput
            label="月份"
            value={`${month}-01`}
            onChange={(v) => v && setMonth(String(v).slice(0, 7))}
            valueFormat="YYYY年M月"
            w={160}
          />
          {statements.length > 0 && (
            <Button variant="default" onClick={() => fetchFile(() => api('bonus.statementDocx', { month }))}>
              下载全部核算单
            </Button>
          )}
          {data?.locked && (
            <Button variant="default" onClick={() => fetchFile(() => api('bonus.payrollXlsx', { month }))}>
              导出奖金发放表
            </Button>
          )}
          {manager && data && !data.locked && (
            <>
              <Button variant="default" onClick={() => setDeducting(true)}>
                登记扣款
              </Button>
              <Button onClick={() => setConfirming(true)}>审核并锁定</Button>
            </>
          )}
        </Group>
      </Group>
      {data?.locked && (
        <Alert color="green" title="本月奖金已审核锁定">
          之后的更正将作为调整记入下一个月的奖金。
        </Alert>
      )}
      {data && !data.locked && statements.length > 0 && (
        <Text size="sm" c="dimmed">
          本月奖金尚未审核;核算单打印为“未审核(仅供核对)”,审核后可导出奖金发放表。
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {statements.map((s) => (
          <BonusStatementCard
            key={s.userId}
            statement={s}
            onPreview={() => {
              api('bonus.statementPreview', { month, userId: s.userId }).then(
                (model) => setPreview({ name: s.name, model }),
                notifyError,
              );
            }}
            onWord={() => fetchFile(() => api('bonus.statementDocx', { month, userId: s.userId }))}
          />
        ))}
      </SimpleGrid>
      {data && statements.length === 0 && <Text c="dimmed">这个月没有需要核算奖金的营销代表。</Text>}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`审核 ${month} 奖金`}>
        <Stack>
          <Text size="sm">审核后本月奖金锁定,不能再扣款或修改;之后的更正将作为调整记入下一个月。</Text>
          <ModalActions
            onCancel={() => setConfirming(false)}
            confirm="审核并锁定"
            onConfirm={() => void approve()}
          />
        </Stack>
      </Modal>
      {deducting && data && (
        <DeductionModal
          month={month}
          reps={statements.map((s) => ({ value: String(s.userId), label: s.name }))}
          onClose={() => setDeducting(false)}
          onSaved={(r) => {
            setDeducting(false);
            setData(r);
          }}
        />
      )}
      {preview && (
        <PrintPreviewModal
          opened
          model={preview.model}
          title={`${preview.name} ${month} 奖金核算单 打印预览`}
          onClose={() => setPreview(null)}
        />
      )}
    </Stack>
  );
}
