/**
 * GUID parsing as .NET's `Guid.TryParse` accepts it on PTV: hyphenated (`D`), 32 bare digits
 * (`N`), and either wrapped in braces (`B`) or parentheses (`P`); any case.
 */
const hyphenated = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const bare = /^[0-9a-f]{32}$/i;

export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/** Returns the canonical lower-case hyphenated form, or `null` when `text` is not a GUID. */
export function parseGuid(text: string): string | null {
  let s = text.trim();
  if ((s.startsWith('{') && s.endsWith('}')) || (s.startsWith('(') && s.endsWith(')'))) {
    s = s.slice(1, -1);
  }
  if (hyphenated.test(s)) return s.toLowerCase();
  if (bare.test(s)) {
    const d = s.toLowerCase();
    return `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`;
  }
  return null;
}
