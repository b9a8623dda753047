import { Text } from '@mantine/core';
import { formatClock } from '../../app/format';
import type { SaveState } from './use-report-draft';

/**
 * Tells whether what is on screen is safely stored. It is always one status line, so a screen
 * reader hears each change and a test finds it in every state.
 */
export function SaveIndicator({ state, editable }: { state: SaveState; editable: boolean }) {
  if (!editable)
    return (
      <Text size="sm" c="dimmed" role="status">
        只读
      </Text>
    );
  switch (state.kind) {
    case 'idle':
      return (
        <Text size="sm" c="dimmed" role="status">
          修改会自动保存为草稿
        </Text>
      );
    case 'dirty':
      return (
        <Text size="sm" c="dimmed" role="status">
          有未保存的修改…
        </Text>
      );
    case 'saving':
      return (
        <Text size="sm" c="dimmed" role="status">
          正在保存…
        </Text>
      );
    case 'saved':
      return (
        <Text size="sm" c="green.8" role="status">
          已自动保存 {formatClock(state.at)}
        </Text>
      );
    case 'error':
      return (
        <Text size="sm" c="red" role="alert" lineClamp={2}>
          未能保存:{state.message}
        </Text>
      );
  }
}
