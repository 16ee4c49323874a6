/**
 * WCAG 2.1 AA with axe-core (tags wcag2a, wcag2aa, wcag21a, wcag21aa) on the key pages in all
 * three languages: residents' pages signed out, the advisor's, provider's and admin's signed in.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { axeViolations, launchBrowser, signedIn, step } from './support/browser.ts';
import { demoVisit as visit, recordReferral, sendAccessibilityFeedback } from './support/flows.ts';

const demo = inject('demo');
let browser: Browser;
let resident: BrowserContext;
let advisor: BrowserContext;
let provider: BrowserContext;
let admin: BrowserContext;
let code: string;

async function check(
  expect: ExpectStatic,
  context: BrowserContext,
  path: string,
  prepare?: (page: Page) => Promise<void>,
) {
  const page = await context.newPage();
  try {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await prepare?.(page);
    const violations = await axeViolations(page);
    expect(
      violations.map(
        (v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      path,
    ).toEqual([]);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  browser = await step('launch Chromium', launchBrowser, 100_000);
  resident = await step('open a resident context', () => browser.newContext({ baseURL: demo.url }));
  const signIn = (role: 'advisor' | 'provider' | 'admin') =>
    step(`sign in as ${role}`, () =>
      signedIn(browser, demo.url, demo.users[role].email, demo.users[role].password),
    );
  advisor = await signIn('advisor');
  provider = await signIn('provider');
  admin = await signIn('admin');
  // A referral to the provider's service, made through the pages, for the provider's desk.
  code = await step('record a referral', () => recordReferral(advisor, demo.providerService));
  await step('send accessibility feedback', () =>
    sendAccessibilityFeedback(
      resident,
      '/sv/search',
      'Fokus syns inte i filtren.',
      'a@example.com',
    ),
  );
  await step('add a service to the list', async () => {
    const page = await advisor.newPage();
    await page.goto(`/fi/services/${demo.ids.carersGroup}`);
    await page.click('button[name=action][value=add]');
    await page.close();
  });
});

afterAll(async () => {
  await browser?.close();
});

/** A situation with a next step in the demo catalogue (shown on the Finnish page: the text is Finnish). */
const situation = 'ruoka-apua diakonialta';

// Pages load in parallel: the server and the browser wait on each other, not on the CPU.
describe.concurrent.each(['fi', 'sv', 'en'] as const)(
  'axe finds no WCAG 2.1 AA violations (%s)',
  (lang) => {
    it('on the front page', ({ expect }) => check(expect, resident, `/${lang}/`));
    it('on the results page', ({ expect }) =>
      check(expect, resident, `/${lang}/search?q=omaishoito&municipality=853`));
    it('on the results page when nothing matches', ({ expect }) =>
      check(expect, resident, `/${lang}/search?q=zzqqxx&free=true`));
    it('on a service page', ({ expect }) =>
      check(expect, resident, `/${lang}/services/${demo.ids.carersGroup}`));
    it('on a service page shown in a fallback language', ({ expect }) =>
      check(expect, resident, `/${lang}/services/${demo.ids.meetingPlace}`));
    it('on the accessibility statement', ({ expect }) =>
      check(expect, resident, `/${lang}/accessibility`));
    it('on the feedback form with errors tied to fields', ({ expect }) =>
      check(expect, resident, `/${lang}/feedback?service=${demo.ids.foodAid}`, async (page) => {
        await page.click('form button[type=submit]');
        await page.waitForSelector('#error-summary');
      }));
    it('on the login page', ({ expect }) => check(expect, resident, `/${lang}/login`));
    it('on the login page with errors', ({ expect }) =>
      check(expect, resident, `/${lang}/login`, async (page) => {
        await page.click('form button[type=submit]');
        await page.waitForSelector('#error-summary');
      }));
    it('on the advisor workspace', ({ expect }) =>
      check(expect, advisor, `/${lang}/advisor?go=1&${visit}&clientLang=${lang}`));
    it('on the handoff', ({ expect }) =>
      check(expect, advisor, `/${lang}/advisor/handoff?${visit}&clientLang=${lang}`));
    it('on the recorded handoff with its code', ({ expect }) =>
      check(expect, advisor, `/${lang}/advisor/handoff?${visit}&clientLang=${lang}&code=${code}`));
    it("on the provider's referral desk", ({ expect }) =>
      check(expect, provider, `/${lang}/provider?code=${code}`));
    it("on the provider's figures", ({ expect }) =>
      check(expect, provider, `/${lang}/provider/figures`));
    it("on the provider's feedback queue", ({ expect }) =>
      check(expect, provider, `/${lang}/provider/feedback`));
    it('on the administration page', ({ expect }) => check(expect, admin, `/${lang}/admin`));
    it('on the administration page sorted by a column', ({ expect }) =>
      check(expect, admin, `/${lang}/admin?sort=name&dir=desc`));
    it('on the site feedback queue', ({ expect }) =>
      check(expect, admin, `/${lang}/admin/feedback`));
    it('on the referral access log', ({ expect }) =>
      check(expect, admin, `/${lang}/admin/audit?code=${code}`));
    it('on the referral access log with an error', ({ expect }) =>
      check(expect, admin, `/${lang}/admin/audit?code=x`));
    it('on the advisor workspace with the client situation given', ({ expect }) =>
      check(
        expect,
        advisor,
        `/${lang}/advisor?go=1&${visit}&clientLang=${lang}&ageGroup=older&channel=phone&mobility=limited`,
      ));
    it('on the advisor workspace with what is often needed next', ({ expect }) =>
      check(
        expect,
        advisor,
        `/${lang}/advisor?go=1&municipality=853&clientLang=${lang}&text=${encodeURIComponent(situation)}`,
      ));
  },
);
