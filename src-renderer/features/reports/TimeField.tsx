import { TextInput, type TextInputProps } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { isFinishedTime, parseTime } from './time-entry';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The stored value: HH:mm or ''. */
  value: string;
  onChange: (value: string) => void;
  /** The field's name in the message about an unreadable time. */
  fieldLabel: string;
}

/**
 * A time typed on a 24-hour clock. The browser's time input shows --:-- -- and AM/PM in some
 * locales, so this is a text field that reads 0930, 9:30 or 9点半 and stores 09:30. What cannot be
 * read is kept on screen with a message and stored as empty, so it is never submitted silently.
 */
export function TimeField({ value, onChange, fieldLabel, error, onBlur, onKeyDown, ...rest }: Props) {
  const [text, setText] = useState(value);
  // The stored value the text was last made from; a new one from outside (a reload) replaces the text.
  const [shown, setShown] = useState(value);
  const [unreadable, setUnreadable] = useState(false);
  if (value !== shown) {
    setShown(value);
    setText(value);
    setUnreadable(false);
  }

  const commit = (raw: string) => {
    const parsed = parseTime(raw);
    if (parsed === null) {
      setUnreadable(true);
      setShown('');
      if (value !== '') onChange('');
      return;
    }
    setUnreadable(false);
    setText(parsed);
    setShown(parsed);
    if (parsed !== value) onChange(parsed);
  };

  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      placeholder={rest.readOnly ? undefined : '时:分'}
      error={unreadable ? `${fieldLabel}应为24小时制,如 09:30` : error}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        setUnreadable(false);
        if (t.trim() === '' || isFinishedTime(t)) commit(t);
      }}
      onBlur={(e) => {
        if (!rest.readOnly && text !== shown) commit(text);
        onBlur?.(e);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        // Enter may add a row or move on: store what was typed first.
        if (e.key === 'Enter' && !rest.readOnly && text !== shown) commit(text);
        onKeyDown?.(e);
      }}
    />
  );
}
