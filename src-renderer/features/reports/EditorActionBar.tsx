import { Button, Group, Kbd } from '@mantine/core';
import { useEffect, useRef } from 'react';
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

  // The browser's own scrolling on focus is not enough: a field that is already partly in sight is
  // left under the bar, and a field inside a section that is still opening (详情) is measured before
  // the page has grown. So once the layout has settled, and again when an animation around the
  // field ends, the field is moved clear of the bar and the header. Only for the keyboard: a field
  // or button the pointer went to is where the user is looking, and moving the page between the
  // press and the release of a click would make the click miss its button.
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let pressed = false;
    let byPointer = false;
    const press = () => {
      pressed = true;
    };
    const release = () => {
      pressed = false;
    };
    const clear = () => {
      const field = document.activeElement;
      const own = bar.current;
      if (!(field instanceof HTMLElement) || field === document.body || !own || own.contains(field)) return;
      // Dialogs and drop-downs float above the page; scrolling the page does not move them.
      if (field.closest('[role="dialog"], [data-portal]')) return;
      const box = field.getBoundingClientRect();
      if (box.height === 0) return;
      const low = own.getBoundingClientRect().top - 8;
      const high = HEADER_HEIGHT + 8;
      if (box.bottom > low) window.scrollBy({ top: Math.min(box.bottom - low, box.top - high) });
      else if (box.top < high) window.scrollBy({ top: box.top - high });
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      if (byPointer) return;
      frame = requestAnimationFrame(clear);
    };
    const focused = () => {
      byPointer = pressed;
      later();
    };
    const settled = (event: TransitionEvent) => {
      if (event.target instanceof Node && event.target.contains(document.activeElement)) later();
    };
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', release, true);
    document.addEventListener('pointercancel', release, true);
    document.addEventListener('focusin', focused);
    document.addEventListener('transitionend', settled);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', press, true);
      document.removeEventListener('pointerup', release, true);
      document.removeEventListener('pointercancel', release, true);
      document.removeEventListener('focusin', focused);
      document.removeEventListener('transitionend', settled);
    };
  }, []);

  return (
    <div ref={bar} className={`${classes.bar} no-print`} role="region" aria-label="报表操作">
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
