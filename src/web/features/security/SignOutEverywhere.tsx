/** Sign out on every device, this one too, after a confirmation step. */
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { runBeforeSignOut } from '../../lib/device-data.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from '../auth/session-context.js';
import { securityMessages } from './messages.js';
import { useConfirmToggle } from './useConfirmToggle.js';

/** The button, then the question; afterwards the sign-in page says it is done. */
export function SignOutEverywhere() {
  const m = useMessages(securityMessages).everywhere;
  const { session, markSignedOut } = useSession();
  const { asking, button, open, cancel } = useConfirmToggle();
  const signOut = useAction(async () => {
    if (session.status === 'signedIn') await runBeforeSignOut(session.account.id);
    await callApi('signOutEverywhere');
    setFlash(m.done);
    markSignedOut();
    navigate(PATHS.signin, { replace: true });
  });
  return (
    <>
      <p>{m.body}</p>
      {asking ? (
        <ConfirmStep
          question={m.question}
          details={<p>{m.details}</p>}
          confirmLabel={m.confirm}
          cancelLabel={m.cancel}
          tone="calm"
          busy={signOut.pending}
          onConfirm={() => void signOut.run()}
          onCancel={cancel}
        >
          {signOut.error ? <ErrorMessage error={signOut.error} /> : null}
        </ConfirmStep>
      ) : (
        <button ref={button} type="button" className="button button--secondary" onClick={open}>
          {m.button}
        </button>
      )}
    </>
  );
}
