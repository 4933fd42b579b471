// The addresses signed up on this file's server, so a retried flow signs up a fresh one.

const signedUp = new Set<string>();

/** A new server has no accounts: called by `startE2E`, since files can share this module in one worker. */
export function forgetSignUps(): void {
  signedUp.clear();
}

/**
 * The address a sign-up uses: the one asked for, the first time in this file's server. Under CI a
 * failed flow runs once more on the same server, where that address already has an account, so a
 * second try signs up `name+2@…` instead of failing at the form for a reason that is not the bug.
 */
export function addressForThisTry(email: string): string {
  let address = email;
  for (let attempt = 2; signedUp.has(address); attempt++) address = email.replace('@', `+${attempt}@`);
  signedUp.add(address);
  return address;
}
