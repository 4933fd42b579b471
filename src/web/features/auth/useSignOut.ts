/**
 * Signing out: send the writes still waiting on this device, run the steps that need the session
 * still working (onBeforeSignOut), tell the server, forget the session (which clears the device), and go to the sign-in page.
 */
import { callApi } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { runBeforeSignOut } from '../../lib/device-data.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from './session-context.js';

/** An action that signs out of this device. */
export function useSignOut(message: string) {
  const { session, markSignedOut } = useSession();
  const userId = session.status === 'signedIn' ? session.account.id : null;
  return useAction(async () => {
    if (userId) {
      // The sync engine loads on demand: the first page does without it.
      await (await import('../../sync/sync.js')).sendBeforeSignOut(userId);
      await runBeforeSignOut(userId);
    }
    await callApi('logout');
    setFlash(message);
    markSignedOut();
    navigate(PATHS.signin, { replace: true });
  });
}
