/** Knobs of sign-in, sessions, referrals and request hygiene; parsed from the environment in env.ts. */
export interface SecurityConfig {
  /** Absolute session lifetime. */
  sessionTtlHours: number;
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** `auto`: Secure cookies when the request came over HTTPS (or X-Forwarded-Proto says so). */
  secureCookies: 'auto' | 'always' | 'never';
  /** Referral codes stop working this many days after the referral. */
  referralCodeDays: number;
  /** The retention job turns referrals older than this into monthly counts. */
  retentionMonths: number;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Failed sign-ins per email address (and per client address x10) in the window. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Referrals one advisor may create per minute. */
  referralsPerMinute: number;
  /** Origin the QR codes point at (`https://tarjotin.example.fi`); default: the request's own. */
  publicBaseUrl?: string;
}

export const defaultSecurityConfig: SecurityConfig = {
  sessionTtlHours: 12,
  sessionIdleMinutes: 120,
  secureCookies: 'auto',
  referralCodeDays: 60,
  retentionMonths: 24,
  bodyLimitBytes: 64 * 1024,
  loginMaxFailures: 5,
  loginWindowMinutes: 15,
  referralsPerMinute: 30,
};
