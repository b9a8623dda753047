import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconEdit, IconFileWord, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CustomerDetail } from '../../../src-shared/contract';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { api, deliverFile } from '../../api/client';
import { notifyError } from '../../api/notify';
import { officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { PrintPreviewModal } from '../documents';
import { daysBetween, STATUS_COLORS } from './customer-labels';
import { CustomerFacts, Fact } from './CustomerFacts';
import { CustomerModal } from './CustomerModal';
import { CustomerOpportunities } from './CustomerOpportunities';
import { CustomerTimeline } from './CustomerTimeline';
import { DueBadge } from './DueBadge';
import { MergeModal } from './MergeModal';

/**
 * One customer (/customers/:id): the file, where regular contact stands, every contact the reports
 * recorded, its opportunities; 编辑, 打印档案卡 and, for the manager, 合并.
 */
export function CustomerPage() {
  const id = Number(useParams().id);
  // A link to another customer starts afresh rather than showing this one's state.
  return <CustomerView key={id} id={id} />;
}

function CustomerView({ id }: { id: number }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [card, setCard] = useState<DocModel | null>(null);
  const [busy, setBusy] = useState<'card' | 'word' | null>(null);
  // Remounts the opportunities after a merge brought more.
  const [generation, setGeneration] = useState(0);

  const load = useCallback(() => {
    api('customers.get', { id }).then(setDetail, (err: Error) => setMissing(err.message));
  }, [id]);
  useEffect(load, [load]);

  const run = async (what: 'card' | 'word') => {
    setBusy(what);
    try {
      if (what === 'card') setCard(await api('customers.card', { id }));
      else await deliverFile(await api('customers.cardDocx', { id }));
    } catch (err) {
      notifyError(err, '未能生成档案卡');
    } finally {
      setBusy(null);
    }
  };

  if (missing) {
    return (
      <Stack>
        <Text>{missing}</Text>
        <Button variant="default" w="fit-content" onClick={() => navigate('/customers')}>
          返回客户档案
        </Button>
      </Stack>
    );
  }
  if (!detail) {
    return (
      <Group>
        <Loader size="sm" /> <Text>正在载入…</Text>
      </Group>
    );
  }
  const c = detail.customer;
  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="center">
          <Title order={3}>{c.name}</Title>
          <Badge variant="light" color={STATUS_COLORS[c.status]}>
            {c.status}
          </Badge>
          {c.grade && <Badge variant="outline">{c.grade}级</Badge>}
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
            编辑
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            loading={busy === 'card'}
            onClick={() => void run('card')}
          >
            打印档案卡
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileWord size={16} />}
            loading={busy === 'word'}
            onClick={() => void run('word')}
          >
            档案卡 Word
          </Button>
          {user.role === 'manager' && (
            <Button
              variant="default"
              leftSection={<IconArrowMerge size={16} />}
              onClick={() => setMerging(true)}
            >
              合并
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md" component="section" aria-label="定期联系">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="最近联系">{detail.lastContact ?? '从未联系'}</Fact>
          <Fact label="下次计划拜访">{detail.nextVisit ?? '未计划'}</Fact>
          <Fact label="应联系日">{detail.dueDay ?? '不提醒'}</Fact>
          <Fact label="联系状态">
            {detail.state && detail.dueDay ? (
              <DueBadge state={detail.state} daysLeft={daysBetween(officeToday(), detail.dueDay)} />
            ) : (
              <Text size="sm" c="dimmed">
                {c.status === '流失' ? '已流失,不提醒' : '未分级或无负责人,不提醒'}
              </Text>
            )}
          </Fact>
        </SimpleGrid>
      </Paper>
      <CustomerFacts detail={detail} />
      <section aria-labelledby="customer-timeline">
        <Title order={4} id="customer-timeline" mb="xs">
          联系记录({detail.timeline.length})
        </Title>
        <CustomerTimeline entries={detail.timeline} />
      </section>
      <section aria-labelledby="customer-opportunities">
        <Title order={4} id="customer-opportunities" mb="xs">
          商机
        </Title>
        <CustomerOpportunities key={generation} customerId={c.id} />
      </section>
      {editing && (
        <CustomerModal
          customer={c}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            load();
          }}
        />
      )}
      {merging && (
        <MergeModal
          keep={c}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
            setGeneration((g) => g + 1);
            load();
          }}
        />
      )}
      {card && (
        <PrintPreviewModal
          opened
          model={card}
          title={`${c.name} 客户档案卡 打印预览`}
          onClose={() => setCard(null)}
        />
      )}
    </Stack>
  );
}
