import { Fieldset } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The fields of a form that edits saved settings, kept shut until the saved values have arrived:
 * what someone types first is then never overwritten by them.
 */
export function LoadedFields({ loaded, children }: { loaded: boolean; children: ReactNode }) {
  return (
    <Fieldset variant="unstyled" disabled={!loaded} aria-busy={!loaded} p={0} m={0} miw={0}>
      {children}
    </Fieldset>
  );
}
