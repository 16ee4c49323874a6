/**
 * `npm run screenshots`: PNG screenshots of the key pages over the demo data, written to
 * docs/screenshots/, and the bytes of JavaScript each page ships.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, scriptBytes, signedIn } from './support/browser.ts';
import { sendAccessibilityFeedback } from './support/flows.ts';
import { buildWeb, startDemoServer } from './support/server.ts';

const out = join('docs', 'screenshots');
mkdirSync(out, { recursive: true });
buildWeb();
const demo = await startDemoServer();
const browser = await launchBrowser();
const bytes: Record<string, number> = {};

async function shot(
  context: BrowserContext,
  name: string,
  path: string,
  prepare?: (page: Page) => Promise<void>,
) {
  const page = await context.newPage();
  await page.goto(path);
  await prepare?.(page);
  bytes[name] = await scriptBytes(page);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  await page.close();
  console.log(`${name}.png  ${path}`);
}

try {
  const visit = 'need=caring-for-a-relative&need=debt-and-money&municipality=853';
  const resident = await browser.newContext({
    baseURL: demo.url,
    viewport: { width: 1280, height: 900 },
  });
  const phone = await browser.newContext({
    baseURL: demo.url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await shot(resident, 'front-page-fi', '/fi/');
  await shot(resident, 'results-fi', '/fi/search?q=omaishoitaja&municipality=853');
  await shot(
    resident,
    'results-widening-fi',
    '/fi/search?theme=housing-and-homelessness&municipality=734',
  );
  await shot(resident, 'service-fi', `/fi/services/${demo.ids.carersGroup}`);
  await shot(resident, 'service-sv', `/sv/services/${demo.ids.assistance}`);
  await shot(resident, 'service-fallback-en', `/en/services/${demo.ids.meetingPlace}`);
  await shot(phone, 'service-phone-fi', `/fi/services/${demo.ids.debtAdvice}`);
  await shot(
    resident,
    'feedback-errors-fi',
    `/fi/feedback?service=${demo.ids.foodAid}`,
    async (page) => {
      await page.click('form button[type=submit]');
      await page.waitForSelector('#error-summary');
    },
  );
  await shot(resident, 'accessibility-statement-en', '/en/accessibility');
  await shot(resident, 'login-fi', '/fi/login');

  const advisor = await signedIn(
    browser,
    demo.url,
    demo.users.advisor.email,
    demo.users.advisor.password,
  );
  const add = async (id: string) => {
    const page = await advisor.newPage();
    await page.goto(`/fi/services/${id}`);
    await page.click('button[name=action][value=add]');
    await page.close();
  };
  await add(demo.providerService);
  await add(demo.ids.debtAdvice);
  await shot(
    advisor,
    'advisor-workspace-fi',
    `/fi/advisor?go=1&${visit}&text=${encodeURIComponent('äiti on yksin kotona')}&clientLang=sv&ageGroup=older&mobility=limited`,
  );
  await shot(advisor, 'handoff-sv', `/fi/advisor/handoff?${visit}&clientLang=sv`);
  const page = await advisor.newPage();
  await page.goto(`/fi/advisor/handoff?${visit}&clientLang=sv`);
  await Promise.all([page.waitForURL(/code=/), page.click('#record-button')]);
  const recorded = page.url();
  const code = new URL(recorded).searchParams.get('code')!;
  await page.close();
  await shot(advisor, 'handoff-recorded-sv', recorded);
  await shot(advisor, 'handoff-print-a4-sv', recorded, async (p) => {
    await p.emulateMedia({ media: 'print' });
    await p.setViewportSize({ width: 794, height: 1123 });
  });

  const provider = await signedIn(
    browser,
    demo.url,
    demo.users.provider.email,
    demo.users.provider.password,
  );
  await shot(provider, 'provider-referral-fi', `/fi/provider?code=${code}`);
  await shot(provider, 'provider-figures-fi', '/fi/provider/figures');
  const admin = await signedIn(
    browser,
    demo.url,
    demo.users.admin.email,
    demo.users.admin.password,
  );
  await sendAccessibilityFeedback(
    resident,
    '/fi/search',
    'Suodattimien valintaruudut ovat liian pienet puhelimella.',
    'palaute@example.com',
  );
  await shot(admin, 'admin-en', '/en/admin');
  await shot(admin, 'admin-feedback-en', '/en/admin/feedback');
  await shot(admin, 'admin-audit-en', `/en/admin/audit?code=${code}`);
  console.log('JavaScript bytes per page:', bytes);
} finally {
  await browser.close();
  await demo.close();
}
