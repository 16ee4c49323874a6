/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, an individual number
 * NNN and a check character. tarjotin never stores one, so anything *shaped* like one is caught,
 * whether or not its date and check character are valid: a mistyped code is still personal data.
 */

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** `+` 1800s, `-` and Y X W V U 1900s, A B C D E F 2000s (the extra signs date from 2023). */
const CENTURY_SIGNS = '-+ABCDEFYXWVU';

// Letters and digits may not touch the match, so an 11-character shape inside a longer token
// (a GUID, a referral code) is not mistaken for one; spaces around the sign are tolerated.
const shape = () =>
  /(?<![0-9A-Za-z])(\d{6})\s?([-+ABCDEFYXWVU])\s?(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])/gi;

export interface IdentityCodeMatch {
  text: string;
  index: number;
  /** True when the check character is right (the date is not checked: shape is enough to reject). */
  validCheck: boolean;
}

/** Whether `code` (DDMMYY?NNNC, no spaces) has the right check character for its digits. */
export function hasValidCheckCharacter(code: string): boolean {
  const m = /^(\d{6})([-+A-Z])(\d{3})([0-9A-Z])$/i.exec(code.trim());
  if (!m || !CENTURY_SIGNS.includes(m[2].toUpperCase())) return false;
  return CHECK_CHARACTERS[Number(m[1] + m[3]) % 31] === m[4].toUpperCase();
}

/** Every identity-code-shaped substring of `text`. */
export function findIdentityCodes(text: string): IdentityCodeMatch[] {
  return [...text.matchAll(shape())].map((m) => ({
    text: m[0],
    index: m.index,
    validCheck: hasValidCheckCharacter(`${m[1]}${m[2]}${m[3]}${m[4]}`),
  }));
}

export function containsIdentityCode(text: string): boolean {
  return shape().test(text);
}

export const REDACTED = '[redacted]';

/** `text` with every identity-code-shaped substring replaced by `[redacted]`. */
export function redactIdentityCodes(text: string): string {
  return text.replace(shape(), REDACTED);
}

/** True when any string (value or object key) anywhere in `value` looks like an identity code. */
export function deepContainsIdentityCode(value: unknown): boolean {
  if (typeof value === 'string') return containsIdentityCode(value);
  if (Array.isArray(value)) return value.some(deepContainsIdentityCode);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(
      ([k, v]) => containsIdentityCode(k) || deepContainsIdentityCode(v),
    );
  }
  return false;
}

/** The message every API answer uses when it refuses such input. */
export const identityCodeMessage =
  'The request contains something that looks like a Finnish personal identity code (henkilötunnus). ' +
  'tarjotin stores no client identity: remove it and send the request again.';
