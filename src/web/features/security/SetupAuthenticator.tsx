/** First sign-in of a clinician or admin: why, the QR code and key, a code to confirm, the recovery codes. */
import { useRef, useState, type FormEvent } from 'react';
import type { SecondFactorSetup } from '../../../contract/security.js';
import { groupSecret } from '../../../core/second-factor.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { codeErrorOf } from './code-error.js';
import { securityMessages } from './messages.js';
import { RecoveryCodesList } from './RecoveryCodesList.js';
import { useFinishSignIn } from './useFinishSignIn.js';

/** The setup steps; after the code is confirmed, the recovery codes in their place. */
export function SetupAuthenticator() {
  const [codes, setCodes] = useState<string[] | null>(null);
  return codes ? <KeepCodes codes={codes} /> : <ScanAndConfirm onConfirmed={setCodes} />;
}

/** The recovery codes, then on to the role's start page. */
function KeepCodes({ codes }: { codes: string[] }) {
  const finish = useFinishSignIn();
  const done = useAction(() => finish());
  return (
    <section className="card security-card" aria-labelledby="recovery-heading">
      <RecoveryCodesList
        headingId="recovery-heading"
        codes={codes}
        headingLevel={2}
        askKept
        busy={done.pending}
        onDone={() => void done.run()}
      />
      {done.error ? <ErrorMessage error={done.error} /> : null}
    </section>
  );
}

/** Step 1: the QR code and the key; step 2: the code the app shows. */
function ScanAndConfirm({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const m = useMessages(securityMessages).setup;
  // One secret per visit: the request is made once even when an effect runs twice.
  const started = useRef<Promise<SecondFactorSetup> | null>(null);
  const setup = useQuery(
    'second-factor-setup',
    () => (started.current ??= callApi('setupSecondFactor')),
  );
  if (setup.status === 'loading') return <Loading />;
  if (setup.status === 'error') {
    const retry = () => {
      started.current = null;
      setup.reload();
    };
    return <ErrorMessage error={setup.error} onRetry={retry} />;
  }
  return (
    <>
      <section className="card security-card" aria-labelledby="scan-heading">
        <h2 id="scan-heading">{m.scanHeading}</h2>
        <p>{m.scanBody}</p>
        <img className="qr-code" src={setup.data.qrCode} alt={m.qrAlt} width={220} height={220} />
        <p>{m.keyLabel}</p>
        <p className="secret-key">
          <code>{groupSecret(setup.data.secret)}</code>
        </p>
        <p className="field__hint">{m.keyNote}</p>
      </section>
      <section className="card security-card" aria-labelledby="confirm-heading">
        <h2 id="confirm-heading">{m.codeHeading}</h2>
        <ConfirmCode onConfirmed={onConfirmed} />
      </section>
    </>
  );
}

function ConfirmCode({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const m = useMessages(securityMessages);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = useAction(async () => {
    const answer = await callApi('confirmSecondFactor', { body: { code } });
    onConfirmed(answer.recoveryCodes);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(code.trim() === '');
    if (code.trim() === '') document.getElementById('setup-code')?.focus();
    else void confirm.run();
  };
  const fieldError = missing ? m.code.required : codeErrorOf(confirm.error);
  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <TextField
        id="setup-code"
        className="field--short"
        label={m.code.label}
        hint={m.code.hint}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      {confirm.error && !fieldError ? <ErrorMessage error={confirm.error} /> : null}
      <button
        type="submit"
        className="button button--primary button--wide"
        aria-disabled={confirm.pending || undefined}
      >
        {confirm.pending ? m.setup.confirming : m.setup.confirm}
      </button>
    </form>
  );
}
