import { Anchor, Badge, Group, List, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { HqBundleChannel } from '../../../src-shared/contract';
import { CASE_STATUS_LABELS, SANCTION_LABELS } from '../../../src-shared/domain/channel';
import { yuanOf } from './channel-format';

/** A bundle's 渠道管控 section in figures: cases by status, fines, sanctions begun, F10s and 建议停止发货. */
export function BundleChannelSummary({ channel: c }: { channel: HqBundleChannel }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="渠道管控">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>渠道管控</Text>
        <Anchor component={Link} to="/channel-cases" size="sm">
          查看全部窜货低价案件
        </Anchor>
      </Group>
      <List size="sm" spacing={4}>
        <List.Item>
          窜货/低价案件 {c.cases} 件
          {c.crossRegion > 0 && (
            <Badge mx={6} size="sm" color="orange" variant="light">
              跨区域 {c.crossRegion} 件
            </Badge>
          )}
          {c.byStatus.length > 0 &&
            `(${c.byStatus.map((s) => `${CASE_STATUS_LABELS[s.status]} ${s.count}`).join(',')})`}
        </List.Item>
        <List.Item>
          罚款 {c.fines.count} 笔,合计 {yuanOf(c.fines.totalFen)} 元
        </List.Item>
        <List.Item>
          本月开始的处罚 {c.sanctions.length} 项
          {c.sanctions.length > 0 &&
            `:${c.sanctions.map((s) => `${s.dealerCode} ${SANCTION_LABELS[s.kind]} 自${s.fromDay}`).join(';')}`}
        </List.Item>
        <List.Item>
          商品流向单 {c.flows.count} 份(逾期 {c.flows.late},核对不符 {c.flows.notOk})
        </List.Item>
        <List.Item>建议停止发货 {c.stopAdvice} 家经销商</List.Item>
      </List>
    </Paper>
  );
}
