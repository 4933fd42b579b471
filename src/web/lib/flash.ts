/** A one-time message carried to the next page ("Check-in deleted."), then forgotten. */
let pending: string | null = null;

/** Leaves a message for the next page to show. */
export function setFlash(message: string): void {
  pending = message;
}

/** The waiting message, if any, without removing it. */
export function peekFlash(): string | null {
  return pending;
}

/** Forgets the waiting message once a page has shown it. */
export function clearFlash(): void {
  pending = null;
}
