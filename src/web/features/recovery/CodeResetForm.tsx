/** Email, a recovery code and a new password; on success, on to sign in with it. */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { PasswordField } from '../auth/PasswordField.js';
import { authMessages } from '../auth/messages.js';
import { newPasswordProblem } from './new-password.js';
import { recoveryMessages } from './messages.js';

const FIELDS = ['email', 'code', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

/** The form under "Use a recovery code". */
export function CodeResetForm() {
  const m = useMessages(recoveryMessages).forgot;
  const auth = useMessages(authMessages);
  const [form, setForm] = useState({ email: '', code: '', newPassword: '' });
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const reset = useAction(async () => {
    await callApi('resetWithCode', { body: form });
    setFlash(m.done);
    navigate(PATHS.signin, { replace: true });
  });
  const serverField = FIELDS.find((f) => f === reset.error?.field);
  const errorFor = (field: Field): string | null =>
    problem?.field === field ? problem.message : serverField === field ? (reset.error?.message ?? null) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = findProblem(form, m, auth);
    setProblem(found);
    reset.clearError();
    if (found) document.getElementById(`forgot-${found.field}`)?.focus();
    else void reset.run();
  };
  const update = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField id="forgot-email" label={m.email} type="email" autoComplete="email" required value={form.email} onChange={(e) => update('email')(e.target.value)} error={errorFor('email')} />
      <TextField id="forgot-code" label={m.code} hint={m.codeHint} autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} required value={form.code} onChange={(e) => update('code')(e.target.value)} error={errorFor('code')} />
      <PasswordField id="forgot-newPassword" label={m.newPassword} value={form.newPassword} email={form.email} onChange={update('newPassword')} error={errorFor('newPassword')} />
      {reset.error && !serverField ? <ErrorMessage error={reset.error} /> : null}
      <button type="submit" className="button button--primary button--wide" aria-disabled={reset.pending || undefined}>
        {reset.pending ? m.submitting : m.submit}
      </button>
    </form>
  );
}

/** The first field that is empty or (the new password) breaks a rule, before anything is sent. */
function findProblem(form: Record<Field, string>, m: (typeof recoveryMessages)['en']['forgot'], auth: (typeof authMessages)['en']): { field: Field; message: string } | null {
  if (form.email.trim() === '') return { field: 'email', message: m.emailRequired };
  if (form.code.trim() === '') return { field: 'code', message: m.codeRequired };
  const message = newPasswordProblem(form.newPassword, form.email, auth, m.newPasswordRequired);
  return message ? { field: 'newPassword', message } : null;
}
