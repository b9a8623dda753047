import { Badge, Code, Text } from '@mantine/core';

/** 按时 or 逾期 for a report handed in; a dash while nothing was handed in. */
export function OnTimeBadge({ onTime }: { onTime: boolean | null }) {
  if (onTime === null)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <Badge variant="light" color={onTime ? 'green' : 'orange'}>
      {onTime ? '按时' : '逾期'}
    </Badge>
  );
}

/** A bundle's revision is current or history. */
export function CurrentBadge({ current }: { current: boolean }) {
  return (
    <Badge variant="light" color={current ? 'green' : 'gray'}>
      {current ? '当前版本' : '已被新版本取代'}
    </Badge>
  );
}

/**
 * A key fingerprint. `large` sets it in four lines of four groups, big enough to read out on the
 * phone group by group; the text itself stays the fingerprint as written.
 */
export function Fingerprint({ value, large = false }: { value: string; large?: boolean }) {
  if (!large)
    return (
      <Code fz="xs" style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Code>
    );
  return (
    <Code
      block
      aria-label="公钥指纹"
      fz={22}
      lh={1.6}
      style={{ whiteSpace: 'pre-wrap', width: '20ch', boxSizing: 'content-box' }}
    >
      {value}
    </Code>
  );
}
