/**
 * Content-Security-Policy and HSTS on the web pages: every answer carries a policy (pages one of
 * 'self' plus the SHA-256 hashes of their inlined scripts and styles, never 'unsafe-inline'), and
 * Chromium reports no violation while the pages of every role load and their scripts run.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signedIn } from './support/browser.ts';
import { demoVisit as visit, recordReferral } from './support/flows.ts';

const demo = inject('demo');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The policy as directive → sources. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * Collects what Chromium reports about the policy in `context`: `securitypolicyviolation` events
 * (the listener is installed before any page script runs) and console errors that name it.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (s: string) => void })
        .reportViolation;
      report(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || e.sample}`);
    });
  });
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** Opens each path (and runs `then` on it) and says which gave a page without a policy. */
async function visitAll(
  context: BrowserContext,
  paths: string[],
  then: Record<string, (page: Page) => Promise<void>> = {},
): Promise<string[]> {
  const withoutPolicy: string[] = [];
  const page = await context.newPage();
  for (const path of paths) {
    const response = await page.goto(path);
    if (!response?.headers()['content-security-policy']) withoutPolicy.push(path);
    await then[path]?.(page);
  }
  await page.close();
  return withoutPolicy;
}

describe('the Content-Security-Policy', () => {
  it('is made of hashes and the agreed directives, with HSTS beside it', async () => {
    const response = await fetch(`${demo.url}/fi/search?q=velka`);
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name) ?? [];
      expect(sources[0], name).toBe("'self'");
      expect(sources.length, name).toBeGreaterThan(1);
      expect(
        sources.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
        name,
      ).toBe(true);
    }
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('is the strictest one on answers that are not pages, and HSTS is on redirects too', async () => {
    const refusal = await fetch(`${demo.url}/fi/feedback`, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(refusal.status).toBe(403);
    const policy = directives(refusal.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const redirect = await fetch(`${demo.url}/`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('strict-transport-security')).toContain('max-age=31536000');
  });
});

describe('Chromium reports no violation', () => {
  it("on the residents' pages, while suggestions and the error summary's focus run", async () => {
    const context = await browser.newContext({ baseURL: demo.url });
    const violations = await watchViolations(context);
    const withoutPolicy = await visitAll(
      context,
      [
        '/fi/',
        '/sv/search?q=omaishoito&municipality=853',
        '/en/search?q=zzqqxx&free=true',
        `/fi/services/${demo.ids.carersGroup}`,
        `/en/services/${demo.ids.meetingPlace}`,
        '/sv/accessibility',
        '/fi/login',
        '/en/feedback',
        '/fi/no-such-page',
      ],
      {
        '/fi/': async (page) => {
          // The suggestion script runs and its request to /api/suggest is allowed.
          await page.locator('#q').pressSequentially('omaishoitaj', { delay: 20 });
          await page.waitForSelector('#q-suggestions [role=option]');
        },
        '/fi/login': async (page) => {
          await Promise.all([page.waitForLoadState(), page.click('form button[type=submit]')]);
          // The error summary's focus script is an inline script: it ran, so its hash matched.
          await expect
            .poll(() => page.evaluate(() => document.activeElement?.id))
            .toBe('error-summary');
        },
      },
    );
    expect(withoutPolicy).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("on the advisor's, provider's and admin's pages", async () => {
    const advisor = await signedIn(
      browser,
      demo.url,
      demo.users.advisor.email,
      demo.users.advisor.password,
    );
    const code = await recordReferral(advisor, demo.providerService);
    const provider = await signedIn(
      browser,
      demo.url,
      demo.users.provider.email,
      demo.users.provider.password,
    );
    const admin = await signedIn(
      browser,
      demo.url,
      demo.users.admin.email,
      demo.users.admin.password,
    );
    const violations = (
      await Promise.all([advisor, provider, admin].map((c) => watchViolations(c)))
    ).flat();
    const withoutPolicy = [
      ...(await visitAll(advisor, [
        `/fi/advisor?go=1&${visit}&clientLang=fi&ageGroup=older`,
        `/sv/advisor/handoff?${visit}&clientLang=sv`,
        // The recorded handoff shows the QR code as an <img> from /api.
        `/en/advisor/handoff?${visit}&clientLang=en&code=${code}`,
      ])),
      ...(await visitAll(provider, [
        `/fi/provider?code=${code}`,
        '/sv/provider/figures',
        '/en/provider/feedback',
      ])),
      ...(await visitAll(admin, [
        '/fi/admin',
        '/sv/admin/feedback',
        `/en/admin/audit?code=${code}`,
      ])),
    ];
    expect(withoutPolicy).toEqual([]);
    expect(violations).toEqual([]);
    await Promise.all([advisor, provider, admin].map((c) => c.close()));
  });
});
