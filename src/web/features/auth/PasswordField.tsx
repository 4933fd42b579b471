/** A new-password field with instant hints from the password policy and the server's answer. */
import { TextField } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { authMessages } from './messages.js';
import { describePassword } from './password-hint.js';

interface PasswordFieldProps {
  id: string;
  value: string;
  email: string;
  onChange: (value: string) => void;
  error: string | null;
  /** The label, when "Password" alone would be unclear (e.g. "New password"). */
  label?: string;
}

/** The password of a new account: hint updates as the person types; errors are announced. */
export function PasswordField({ id, value, email, onChange, error, label }: PasswordFieldProps) {
  const m = useMessages(authMessages);
  const state = describePassword(value, email);
  const hint = (() => {
    switch (state.kind) {
      case 'empty':
        return m.fields.passwordHint;
      case 'ok':
        return m.passwordProblems.looksGood;
      case 'problem':
        return state.problem === 'too_short'
          ? m.passwordProblems.too_short(state.missing)
          : m.passwordProblems[state.problem];
    }
  })();
  return (
    <TextField
      id={id}
      label={label ?? m.fields.password}
      type="password"
      autoComplete="new-password"
      required
      minLength={10}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      hint={error ? undefined : hint}
      error={error}
    />
  );
}
