import { Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from './use-bundle-import';

/** “正在上传 2/5” over a bar; a step that cannot count shows a moving full bar. */
export function ProgressLine({ progress }: { progress: ImportProgress }) {
  const counted = progress.done !== null;
  const text = counted ? `${progress.label} ${progress.done}/${progress.total}` : `${progress.label}…`;
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{text}</Text>
      <Progress
        aria-label={text}
        value={counted ? ((progress.done! - 1) / progress.total) * 100 : 100}
        striped
        animated
      />
    </Stack>
  );
}
