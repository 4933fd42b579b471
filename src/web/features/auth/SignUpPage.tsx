/** Create an account: email, password, optional name; the device's time zone goes along. */
import { currentZoneName } from '../../../core/zone-names.js';
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { deviceTimeZone } from '../../lib/device-time-zone.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS, safeNextPath } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { authMessages } from './messages.js';
import { isExistingAccount } from './existing-account.js';
import { describePassword } from './password-hint.js';
import { PasswordField } from './PasswordField.js';
import { useSession } from './session-context.js';
import { keepSignupPassword } from '../recovery/signup-password.js';

const FIELDS = ['email', 'password', 'name'] as const;
type Field = (typeof FIELDS)[number];

function toField(field: string | undefined): Field | undefined {
  return FIELDS.find((f) => f === field);
}

/**
 * The sign-up page; a new account goes straight to the intake, or back to the page that sent
 * the person here (`?next=`, such as a clinician's invitation link).
 */
export function SignUpPage() {
  const m = useMessages(authMessages);
  const { setAccount } = useSession();
  const next = safeNextPath(useSearchParam('next'));
  const keepNext = next === PATHS.home ? '' : `?next=${encodeURIComponent(next)}`;
  const [form, setForm] = useState({ email: '', password: '', name: '' });
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const timeZone = deviceTimeZone();
  const signUp = useAction(async () => {
    const name = form.name.trim();
    const body = {
      email: form.email,
      password: form.password,
      ...(name ? { name } : {}),
      ...(timeZone ? { timeZone } : {}),
    };
    const sentAtMs = Date.now();
    const account = await callApi('signup', { body });
    setAccount(account);
    // The email already had an account and this was its password: signed in to it, so no intake
    // and no new recovery codes (they would replace the ones the person keeps).
    if (isExistingAccount(account, sentAtMs)) {
      navigate(next, { replace: true });
      return;
    }
    // Recovery codes are offered first (issue 15); the password stays in memory for that screen only.
    keepSignupPassword(form.password);
    const then = next === PATHS.home ? PATHS.intake : next;
    navigate(`${PATHS.recoveryCodes}?next=${encodeURIComponent(then)}`, { replace: true });
  });

  const serverError = signUp.error;
  const serverField = toField(serverError?.field);
  const errorFor = (field: Field) =>
    problem?.field === field
      ? problem.message
      : serverField === field
        ? (serverError?.message ?? null)
        : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = findFormProblem(form, m);
    setProblem(found);
    signUp.clearError();
    if (found) document.getElementById(`signup-${found.field}`)?.focus();
    else void signUp.run();
  };
  const update = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  return (
    <Page title={m.signup.title} intro={<p>{m.signup.intro}</p>}>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <TextField
          id="signup-email"
          label={m.fields.email}
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={(e) => update('email')(e.target.value)}
          error={errorFor('email')}
        />
        <PasswordField
          id="signup-password"
          value={form.password}
          email={form.email}
          onChange={update('password')}
          error={errorFor('password')}
        />
        <TextField
          id="signup-name"
          label={m.fields.name}
          hint={m.fields.nameHint}
          autoComplete="given-name"
          maxLength={80}
          value={form.name}
          onChange={(e) => update('name')(e.target.value)}
          error={errorFor('name')}
        />
        {timeZone ? <p className="field__hint">{m.signup.timeZoneNote(currentZoneName(timeZone).replaceAll('_', ' '))}</p> : null}
        {serverError && !serverField ? <ErrorMessage error={serverError} /> : null}
        <button
          type="submit"
          className="button button--primary button--wide"
          aria-disabled={signUp.pending || undefined}
        >
          {signUp.pending ? m.signup.submitting : m.signup.submit}
        </button>
      </form>
      <p className="aside">
        {m.signup.haveAccount} <Link to={`${PATHS.signin}${keepNext}`}>{m.signup.signIn}</Link>
      </p>
    </Page>
  );
}

function findFormProblem(
  form: { email: string; password: string },
  m: (typeof authMessages)['en'],
): { field: Field; message: string } | null {
  if (form.email.trim() === '') return { field: 'email', message: m.emailRequired };
  const state = describePassword(form.password, form.email);
  switch (state.kind) {
    case 'empty':
      return { field: 'password', message: m.passwordRequired };
    case 'problem':
      return {
        field: 'password',
        message:
          state.problem === 'too_short'
            ? m.passwordProblems.too_short(state.missing)
            : m.passwordProblems[state.problem],
      };
    case 'ok':
      return null;
  }
}
