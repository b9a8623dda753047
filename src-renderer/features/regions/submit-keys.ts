import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘+Enter on a Mac) confirms a dialog from any of its fields, a checkbox or a
 * multi-line box included, where a plain Enter does not submit.
 */
export function submitOnCtrlEnter(submit: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      submit();
    }
  };
}
