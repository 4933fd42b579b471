/** After the second step: the app learns the account's new state and goes to the role's start. */
import { callApi } from '../../api/client.js';
import type { Account } from '../../../contract/account.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from '../auth/session-context.js';

/** Records the account (asked again from the server when not given) and goes to its start page. */
export function useFinishSignIn(): (account?: Account) => Promise<void> {
  const { setAccount } = useSession();
  return async (account) => {
    setAccount(account ?? (await callApi('getMe')));
    // The home page sends each role on to its own start (a clinician to the caseload).
    navigate(PATHS.home, { replace: true });
  };
}
