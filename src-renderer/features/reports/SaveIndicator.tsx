import { Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { SaveState } from './use-report-draft';

/** Tells whether what is on screen is safely stored. */
export function SaveIndicator({ state, editable }: { state: SaveState; editable: boolean }) {
  if (!editable)
    return (
      <Text size="sm" c="dimmed">
        只读
      </Text>
    );
  switch (state.kind) {
    case 'idle':
      return (
        <Text size="sm" c="dimmed">
          修改会自动保存为草稿(Ctrl+S 立即保存)
        </Text>
      );
    case 'dirty':
      return (
        <Text size="sm" c="dimmed">
          有未保存的修改…
        </Text>
      );
    case 'saving':
      return (
        <Text size="sm" c="dimmed">
          正在保存…
        </Text>
      );
    case 'saved':
      return (
        <Text size="sm" c="green" role="status">
          已自动保存 {dayjs(state.at).format('HH:mm:ss')}
        </Text>
      );
    case 'error':
      return (
        <Text size="sm" c="red" role="alert">
          未能保存:{state.message}
        </Text>
      );
  }
}
