import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OpportunityDetail, StageDef } from '../../../src-shared/contract';
import { ChecklistItem } from './ChecklistItem';

interface Props {
  detail: OpportunityDetail;
  stages: readonly StageDef[];
  readOnly: boolean;
  /** The gate dialog sent the person here: the first open item of the stage being left gets the focus. */
  focusMissing: boolean;
  onChanged: (detail: OpportunityDetail) => void;
}

/** 检查清单: each stage's SOP items, in the stages' order, with what is done and by whom. */
export function ChecklistPanel({ detail, stages, readOnly, focusMissing, onChanged }: Props) {
  const { opportunity: o, checklist } = detail;
  const current = stages.findIndex((s) => s.key === o.stage);
  const firstMissing = focusMissing
    ? checklist.find((c) => !c.done && stages.findIndex((s) => s.key === c.stage) <= current)
    : undefined;
  const groups = stages
    .map((s, i) => ({ stage: s, index: i, items: checklist.filter((c) => c.stage === s.key) }))
    .filter((g) => g.items.length > 0);

  return (
    <Stack gap="sm" component="section" aria-label="检查清单">
      <Title order={5}>检查清单</Title>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          流程设置中没有检查项。
        </Text>
      )}
      {groups.map(({ stage, index, items }) => {
        const done = items.filter((c) => c.done).length;
        return (
          <Paper key={stage.key} withBorder p="sm" aria-label={`${stage.name}阶段检查项`} component="section">
            <Group justify="space-between" mb="xs">
              <Group gap="xs">
                <Text fw={600}>{stage.name}</Text>
                {index === current && o.status === 'open' && (
                  <Badge size="sm" variant="light">
                    当前阶段
                  </Badge>
                )}
              </Group>
              <Text size="sm" c={done === items.length ? 'green' : index <= current ? 'orange' : 'dimmed'}>
                已完成 {done}/{items.length}
              </Text>
            </Group>
            <Stack gap="sm">
              {items.map((item) => (
                <ChecklistItem
                  key={`${item.stage}-${item.key}-${item.evidenceNumber ?? ''}-${item.attachment?.id ?? 0}`}
                  opportunityId={o.id}
                  item={item}
                  readOnly={readOnly}
                  autoFocus={item === firstMissing}
                  onChanged={onChanged}
                />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
