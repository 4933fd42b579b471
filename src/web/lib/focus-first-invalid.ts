/** Moves focus to the first control marked invalid inside a container, so a person lands on it. */
export function focusFirstInvalid(container: ParentNode | null | undefined): void {
  const invalid = container?.querySelector('[aria-invalid="true"]');
  const target = invalid?.matches('input, textarea, select')
    ? invalid
    : invalid?.querySelector('input');
  if (target instanceof HTMLElement) target.focus();
}
