import { Badge } from '@mantine/core';
import { CONTACT_STATES, type ContactStateKey, daysLeftText } from './customer-labels';

interface Props {
  state: ContactStateKey;
  /** Days to the due day; with it the badge says how far, not only the state. */
  daysLeft?: number | undefined;
}

/** A customer's contact standing: red when overdue, yellow when due soon, green otherwise. */
export function DueBadge({ state, daysLeft }: Props) {
  const s = CONTACT_STATES[state];
  return (
    // Filled with automatic text contrast: a light yellow badge is hard to read on white.
    <Badge color={s.color} variant={state === 'ok' ? 'light' : 'filled'} autoContrast>
      {daysLeft === undefined || state === 'ok' ? s.label : daysLeftText(daysLeft)}
    </Badge>
  );
}
