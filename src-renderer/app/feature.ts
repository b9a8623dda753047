import type { Icon } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import type { InstallationMode, UserSummary } from '../../src-shared/contract';
import type { Role } from '../../src-shared/domain/roles';

/** Which installations show a page or a navigation entry; absent means both. */
export type FeatureMode = InstallationMode | 'any';

/** A page of a feature, at a path of the hash router. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  /** Roles that may open it; others are sent to the home page. Absent: every signed-in person. */
  roles?: readonly Role[];
  mode?: FeatureMode;
}

/** An entry of the side navigation; entries sort by `order` across features. */
export interface FeatureNav {
  to: string;
  label: string;
  icon: Icon;
  order: number;
  roles?: readonly Role[];
  mode?: FeatureMode;
  /** Sub-entries, opened by default (e.g. 填报: one per form the person writes). */
  children?: (user: UserSummary) => { to: string; label: string }[];
}

/** What a feature folder adds to the application: its pages and its navigation entries. */
export interface Feature {
  name: string;
  routes?: readonly FeatureRoute[];
  nav?: readonly FeatureNav[];
  /** Rendered once in the header of the signed-in layout: a control with its dialogs (批号查询). */
  overlay?: ComponentType;
}

/** Whether an entry applies to this person in this installation. */
export function visibleTo(
  entry: { roles?: readonly Role[]; mode?: FeatureMode },
  role: Role,
  mode: InstallationMode,
): boolean {
  return (
    (!entry.mode || entry.mode === 'any' || entry.mode === mode) &&
    (!entry.roles || entry.roles.includes(role))
  );
}
