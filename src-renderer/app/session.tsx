import { createContext, useContext } from 'react';
import type { InstallationMode, OfficeProfile, UserSummary } from '../../src-shared/contract';

export interface SessionValue {
  user: UserSummary;
  office: OfficeProfile;
  /** A regional office, or head office (销售部) importing the offices' bundles. */
  mode: InstallationMode;
  signOut(): Promise<void>;
  refreshOffice(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in user and office; only used inside the signed-in layout. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the signed-in layout');
  return value;
}
