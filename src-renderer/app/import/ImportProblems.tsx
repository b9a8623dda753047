import { Alert, List, Text } from '@mantine/core';

/** Why the sheet can't be imported: the problems listed, and how many more there are. */
export function ImportProblems({ total, messages }: { total: number; messages: readonly string[] }) {
  if (total === 0) return null;
  return (
    <Alert color="red" title={`有 ${total} 处问题,改正后才能导入`} role="alert">
      <List size="sm" aria-label="导入问题">
        {messages.map((m, i) => (
          <List.Item key={i}>{m}</List.Item>
        ))}
      </List>
      {total > messages.length && <Text size="sm">另有 {total - messages.length} 处未列出。</Text>}
    </Alert>
  );
}
