import { Button, Group, Kbd } from '@mantine/core';
import { useEffect } from 'react';
import classes from './EditorActionBar.module.css';
import { SaveIndicator } from './SaveIndicator';
import type { SaveState } from './use-report-draft';

interface Props {
  save: SaveState;
  editable: boolean;
  /** The report exists, so it can be previewed and printed. */
  saved: boolean;
  returned: boolean;
  busy: boolean;
  onPreview: () => void;
  onWord: () => void;
  onSaveDraft: () => void;
  onSubmit: () => void;
}

/** Room the bar takes at the bottom of the window, kept clear when the cursor moves to a field. */
const BAR_HEIGHT = 64;
/** The application's header at the top of the window (AppLayout), likewise kept clear. */
const HEADER_HEIGHT = 52;

/**
 * The editor's actions and save state, kept at the bottom of the window while the form scrolls,
 * so 提交 and 已自动保存 are in sight however long the form is.
 */
export function EditorActionBar(props: Props) {
  const { save, editable, saved, returned, busy } = props;

  // A field that Tab or Enter reaches is scrolled clear of the bar and the header, not under them.
  useEffect(() => {
    const root = document.documentElement;
    const before = [root.style.scrollPaddingBottom, root.style.scrollPaddingTop];
    root.style.scrollPaddingBottom = `${BAR_HEIGHT + 8}px`;
    root.style.scrollPaddingTop = `${HEADER_HEIGHT + 8}px`;
    return () => {
      [root.style.scrollPaddingBottom, root.style.scrollPaddingTop] = before as [string, string];
    };
  }, []);

  return (
    <div className={`${classes.bar} no-print`} role="region" aria-label="报表操作">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <SaveIndicator state={save} editable={editable} />
      </Group>
      <Group gap="sm" wrap="nowrap">
        {saved && (
          <>
            <Button variant="default" onClick={props.onPreview} loading={busy}>
              打印预览
            </Button>
            <Button variant="default" onClick={props.onWord} loading={busy}>
              生成 Word
            </Button>
          </>
        )}
        {editable && (
          <>
            <Button
              variant="default"
              onClick={props.onSaveDraft}
              aria-keyshortcuts="Control+S"
              rightSection={
                <Kbd size="xs" aria-hidden>
                  Ctrl+S
                </Kbd>
              }
            >
              保存草稿
            </Button>
            <Button onClick={props.onSubmit} loading={busy}>
              {returned ? '修改后重新提交' : '提交'}
            </Button>
          </>
        )}
      </Group>
    </div>
  );
}
