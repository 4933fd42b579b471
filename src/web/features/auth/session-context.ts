/** Who is signed in, shared with every page. */
import { createContext, useContext } from 'react';
import type { Account } from '../../../contract/account.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; account: Account };

export interface SessionValue {
  session: SessionState;
  /** Records the account after sign-in, sign-up or an edit. */
  setAccount: (account: Account) => void;
  /** Forgets the account after sign-out, deletion, or a 401 from the server. */
  markSignedOut: () => void;
  /** Asks the server again who is signed in. */
  refresh: () => void;
}

const noop = () => undefined;

export const SessionContext = createContext<SessionValue>({
  session: { status: 'loading' },
  setAccount: noop,
  markSignedOut: noop,
  refresh: noop,
});

/** The session of the person using the app. */
export function useSession(): SessionValue {
  return useContext(SessionContext);
}

/** The signed-in account; only for pages shown to signed-in people. */
export function useAccount(): Account {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useAccount needs a signed-in session');
  return session.account;
}
