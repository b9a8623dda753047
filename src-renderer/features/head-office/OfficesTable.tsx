import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { OutputOf } from '../../../src-shared/contract';
import { formatInstant } from '../../app/format';
import { Fingerprint } from './badges';
import { KEY_SOURCE_LABELS, revisionLabel } from './labels';

type Office = OutputOf<'hq.offices.list'>[number];

function Keys({ keys }: { keys: Office['keys'] }) {
  if (!keys.length)
    return (
      <Text size="sm" c="dimmed">
        未登记
      </Text>
    );
  return (
    <Stack gap={6}>
      {keys.map((k) => (
        <div key={k.fingerprint}>
          <Fingerprint value={k.fingerprint} />
          <Group gap={6} mt={2}>
            <Badge size="xs" variant="light" color={k.source === 'file' ? 'blue' : 'grape'}>
              {KEY_SOURCE_LABELS[k.source]}
            </Badge>
            <Text size="xs" c="dimmed">
              {formatInstant(k.registeredAt)} 登记
            </Text>
          </Group>
        </div>
      ))}
    </Stack>
  );
}

/** The registered offices, their keys and what has arrived from each. */
export function OfficesTable({ offices }: { offices: Office[] }) {
  return (
    <Table aria-label="办事处与公钥" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>代码</Table.Th>
          <Table.Th>办事处</Table.Th>
          <Table.Th>区域</Table.Th>
          <Table.Th>公钥指纹（SHA-256）</Table.Th>
          <Table.Th>数据包</Table.Th>
          <Table.Th>最近导入</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offices.map((o) => (
          <Table.Tr key={o.code}>
            <Table.Td>{o.code}</Table.Td>
            <Table.Td>{o.name}</Table.Td>
            <Table.Td>
              <Text size="sm">{o.profile?.name || o.region || '—'}</Text>
              {o.profile && (
                <Text size="xs" c="dimmed" maw={260} aria-label={`${o.name}的区域划分`}>
                  {[
                    o.profile.marketTier,
                    o.profile.customerTypes.join('、'),
                    o.profile.coverage && `覆盖 ${o.profile.coverage}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Keys keys={o.keys} />
            </Table.Td>
            <Table.Td>{o.bundleCount}</Table.Td>
            <Table.Td>
              {o.lastImport ? (
                <>
                  <Text size="sm">
                    {o.lastImport.period} {revisionLabel(o.lastImport.revision)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatInstant(o.lastImport.importedAt)} 导入
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  尚未导入
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
