/** Server-side form handling helpers: read fields, and tie errors to their fields for WCAG 3.3.1. */

export type FieldErrors = Record<string, string>;

/** A trimmed text field ('' when absent). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Attributes for an input: `aria-invalid` when its field has an error, and `aria-describedby`
 * naming its hint and error message elements (`<id>-hint`, `<id>-error`).
 */
export function describedBy(errors: FieldErrors, id: string, hasHint = false) {
  const ids = [hasHint ? `${id}-hint` : '', errors[id] ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    'aria-invalid': errors[id] ? ('true' as const) : undefined,
    'aria-describedby': ids || undefined,
  };
}

/** A loose e-mail check for the form; the API validates for real. */
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
