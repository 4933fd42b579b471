/**
 * The password just typed at sign-up, kept in memory only (never in storage or history) so the
 * next screen can make recovery codes without asking for it again.
 */
let kept: string | null = null;

/** Keeps the password until the recovery codes screen has used it. */
export function keepSignupPassword(password: string): void {
  kept = password;
}

/** The kept password, if sign-up just happened in this tab. */
export function peekSignupPassword(): string | null {
  return kept;
}

/** Forgets the kept password (once codes are made, or the person moves on). */
export function forgetSignupPassword(): void {
  kept = null;
}
