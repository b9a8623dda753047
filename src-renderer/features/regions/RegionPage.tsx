import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { OutputOf, OwnerCustomers } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { MembersTable } from './MembersTable';
import { OwnerHistoryModal } from './OwnerHistoryModal';
import { OwnersTable } from './OwnersTable';
import { RegionEditModal } from './RegionEditModal';
import { TransferModal } from './TransferModal';

type Current = OutputOf<'regions.current'>;

/**
 * 区域划分与职责: the region's criteria (coverage, market tier, customer types) and its manager,
 * who belonged to it when, each rep's customers, their transfer (客户移交) and its history.
 */
export function RegionPage() {
  const { user, refreshOffice } = useSession();
  const manager = user.role === 'manager';
  const [current, setCurrent] = useState<Current | null>(null);
  const [owners, setOwners] = useState<OwnerCustomers[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [transfer, setTransfer] = useState<{ from: number | null } | null>(null);
  const [history, setHistory] = useState<{ id: number; name: string } | null>(null);

  const load = useCallback(() => {
    api('regions.current', {}).then(setCurrent, notifyError);
    api('customers.byOwner', {}).then(setOwners, notifyError);
  }, []);
  useEffect(load, [load]);

  const region = current?.region;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>区域划分与职责</Title>
        {manager && region && (
          <Button leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
            编辑
          </Button>
        )}
      </Group>
      {region && (
        <Paper withBorder p="md" aria-label="区域概况" component="section">
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing="sm">
            <Fact label="区域">
              {region.name}({region.code})
            </Fact>
            <Fact label="区域经理">{region.managerName ?? '未指定'}</Fact>
            <Fact label="市场级别">{region.marketTier || '未划定'}</Fact>
          </SimpleGrid>
          <Stack gap="sm" mt="sm">
            <Fact label="覆盖省市">{region.coverage || '未填写'}</Fact>
            <Fact label="客户类型">
              {region.customerTypes.length ? (
                <Group gap={6}>
                  {region.customerTypes.map((t) => (
                    <Badge key={t} variant="light">
                      {t}
                    </Badge>
                  ))}
                </Group>
              ) : (
                '未划定'
              )}
            </Fact>
          </Stack>
        </Paper>
      )}
      {current && <MembersTable memberships={current.memberships} />}
      {owners && (
        <OwnersTable
          owners={owners}
          canTransfer={manager}
          onTransfer={(from) => setTransfer({ from })}
          onHistory={setHistory}
        />
      )}
      {editing && region && (
        <RegionEditModal
          region={region}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            load();
            // The header and the letterheads show the region's name.
            void refreshOffice();
          }}
        />
      )}
      {transfer && owners && (
        <TransferModal
          owners={owners}
          from={transfer.from}
          onClose={() => setTransfer(null)}
          onSaved={() => {
            setTransfer(null);
            load();
          }}
        />
      )}
      {history && <OwnerHistoryModal customer={history} onClose={() => setHistory(null)} />}
    </Stack>
  );
}

/** One labelled fact of the region's profile. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}
