import { Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MatrixCell, MatrixCount } from '../../../src-shared/contract';

/** 收 · 按时 over 逾期 · 缺, late in orange and missing in red when there are any. */
export function MatrixCounts({ count }: { count: MatrixCount }) {
  return (
    <>
      <Text component="span" display="block" size="xs" style={{ whiteSpace: 'nowrap' }}>
        收 {count.received} · 按时 {count.onTime}
      </Text>
      <Text component="span" display="block" size="xs" style={{ whiteSpace: 'nowrap' }}>
        <Text span inherit c={count.late ? 'orange' : 'dimmed'} fw={count.late ? 600 : undefined}>
          逾期 {count.late}
        </Text>
        {' · '}
        <Text span inherit c={count.missing ? 'red' : 'dimmed'} fw={count.missing ? 600 : undefined}>
          缺 {count.missing}
        </Text>
      </Text>
    </>
  );
}

/** One office's month: nothing yet, or its current bundle's counts, opening the bundle. */
export function MatrixCellButton({ cell, label }: { cell: MatrixCell; label: string }) {
  const navigate = useNavigate();
  const bundle = cell.bundle;
  if (!bundle)
    return (
      <Text size="xs" c="dimmed" ta="center">
        未收到
      </Text>
    );
  return (
    <UnstyledButton
      onClick={() => navigate(`/bundle/${bundle.id}`)}
      aria-label={label}
      w="100%"
      ta="center"
      p={2}
    >
      <MatrixCounts count={cell} />
      <Text component="span" display="block" size="xs" c="blue">
        第{bundle.revision}版
        {bundle.onTime === false && (
          <Text span inherit c="orange">
            {' '}
            · 迟交
          </Text>
        )}
      </Text>
    </UnstyledButton>
  );
}
