import { randomBytes } from 'node:crypto';

/**
 * Referral codes: 10 characters of Crockford's base32 (no I, L, O, U), 5 random bits each, so
 * 50 bits from the OS's CSPRNG. Readable aloud and over the phone; a mistyped O/I/L is forgiven.
 */
export const REFERRAL_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERRAL_CODE_LENGTH = 10;
export const referralCodePattern = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/;

/** A fresh code. 32 divides 256, so taking the low 5 bits of each byte is unbiased. */
export function generateReferralCode(random: (size: number) => Buffer = randomBytes): string {
  return [...random(REFERRAL_CODE_LENGTH)].map((b) => REFERRAL_CODE_ALPHABET[b & 31]).join('');
}

/** What a person typed (`abcde-fghjk`, `ABCDE FGHJK`, `o` for `0`) as the stored code. */
export function normalizeReferralCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** `ABCDE-FGHJK`: the form printed on the client's handoff. */
export function formatReferralCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
