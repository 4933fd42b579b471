/** For clinicians and admins: the second step's state, recovery codes left, and new codes. */
import { useState } from 'react';
import type { SecondFactorStatus } from '../../../contract/security.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { securityMessages } from './messages.js';
import { RecoveryCodesList } from './RecoveryCodesList.js';
import { useConfirmToggle } from './useConfirmToggle.js';

/** Few enough recovery codes left to suggest new ones. */
const LOW_CODES = 3;

/** The state in words; "make new recovery codes" asks the password, then shows the codes once. */
export function SecondFactorSection({
  status,
  onChanged,
}: {
  status: SecondFactorStatus;
  onChanged: () => void;
}) {
  const m = useMessages(securityMessages).factor;
  const [codes, setCodes] = useState<string[] | null>(null);
  const state = status.setUp ? m.on : status.required ? m.notSetUp : m.relaxed;
  return (
    <>
      <p>{state}</p>
      {status.setUp ? (
        <p>
          {m.codesLeft(status.recoveryCodesLeft)}{' '}
          {status.recoveryCodesLeft <= LOW_CODES ? m.codesLow : null}
        </p>
      ) : null}
      {codes ? (
        <RecoveryCodesList
          codes={codes}
          headingId="new-codes-heading"
          headingLevel={3}
          askKept={false}
          onDone={() => {
            setCodes(null);
            onChanged();
          }}
        />
      ) : status.setUp ? (
        <RenewCodes onRenewed={setCodes} />
      ) : null}
    </>
  );
}

function RenewCodes({ onRenewed }: { onRenewed: (codes: string[]) => void }) {
  const m = useMessages(securityMessages).factor;
  const { asking, button, open, cancel } = useConfirmToggle();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const renew = useAction(async () => {
    const answer = await callApi('renewRecoveryCodes', { body: { password } });
    onRenewed(answer.recoveryCodes);
  });
  const confirm = () => {
    setMissing(password === '');
    if (password === '') document.getElementById('renew-password')?.focus();
    else void renew.run();
  };
  const passwordError = missing
    ? m.passwordRequired
    : renew.error?.field === 'password'
      ? renew.error.message
      : null;
  if (!asking) {
    return (
      <button ref={button} type="button" className="button button--secondary" onClick={open}>
        {m.button}
      </button>
    );
  }
  return (
    <ConfirmStep
      question={m.question}
      details={<p>{m.details}</p>}
      confirmLabel={m.confirm}
      cancelLabel={m.cancel}
      tone="calm"
      busy={renew.pending}
      onConfirm={confirm}
      onCancel={() => {
        setPassword('');
        cancel();
      }}
    >
      <TextField
        id="renew-password"
        type="password"
        label={m.passwordLabel}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={passwordError}
      />
      {renew.error && !passwordError ? <ErrorMessage error={renew.error} /> : null}
    </ConfirmStep>
  );
}
