/** Signing out: tell the server, forget the session, and go to the sign-in page. */
import { callApi } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from './session-context.js';

/** An action that signs out of this device. */
export function useSignOut(message: string) {
  const { markSignedOut } = useSession();
  return useAction(async () => {
    await callApi('logout');
    setFlash(message);
    markSignedOut();
    navigate(PATHS.signin, { replace: true });
  });
}
