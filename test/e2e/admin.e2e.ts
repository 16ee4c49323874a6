/**
 * The administrator's pages in a real browser: import runs with their counts and the quarantined
 * record, the data-quality table sorted by its headings, the referral access log, and site
 * feedback answered (which erases the reply address).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, signedIn } from './support/browser.ts';
import { recordReferral, sendAccessibilityFeedback } from './support/flows.ts';

const demo = inject('demo');
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await signedIn(browser, demo.url, demo.users.admin.email, demo.users.admin.password);
  page = await admin.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const cells = async (row: string) =>
  (await page.locator(`${row} > *`).allTextContents()).map((s) => s.trim());
/** The page's own form, not the sign-out button in the header. */
const submit = 'main form button[type=submit]';

it('shows the latest import with its counts, and the record it quarantined', async () => {
  await page.goto('/en/admin');
  const headings = await cells('table[aria-labelledby=runs-title] thead tr');
  const run = await cells('table[aria-labelledby=runs-title] tbody tr:first-child');
  const count = (name: string) => run[headings.indexOf(name)];
  expect(count('Mode')).toBe('full');
  expect(count('Status')).toContain('succeeded');
  expect(Number(count('Fetched'))).toBeGreaterThan(10);
  expect(count('Quarantined')).toBe('1');
  const quarantined = await cells('table[aria-labelledby=quarantine-title] tbody tr');
  expect(quarantined[0]).toBe(demo.ids.malformed);
  expect(quarantined.slice(1)).toEqual([
    'service',
    '#1',
    'does not match the PTV interface description',
  ]);
});

it('sorts the data-quality table by the heading chosen, and says how with aria-sort', async () => {
  const names = () => page.locator('table.sortable tbody th').allTextContents();
  const sortState = () =>
    page
      .locator('table.sortable th[aria-sort]')
      .evaluateAll((ths) =>
        ths.map(
          (th) => `${th.textContent?.replace(/[▲▼↕]/g, '').trim()} ${th.getAttribute('aria-sort')}`,
        ),
      );
  await page.goto('/en/admin');
  expect(await sortState()).toEqual(['Services descending']);
  await Promise.all([
    page.waitForURL(/sort=name&dir=asc/),
    page.click('table.sortable th a >> text=Organisation'),
  ]);
  expect(await sortState()).toEqual(['Organisation ascending']);
  const ascending = await names();
  expect(ascending).toEqual([...ascending].sort(new Intl.Collator('en').compare));
  // The same heading again turns the order round.
  await Promise.all([
    page.waitForURL(/sort=name&dir=desc/),
    page.click('table.sortable th a >> text=Organisation'),
  ]);
  expect(await sortState()).toEqual(['Organisation descending']);
  expect(await names()).toEqual([...ascending].reverse());
  expect(await page.locator('table.sortable tfoot th').textContent()).toBe('Total');
});

it('tells who created and read a referral, and logs the look-up', async () => {
  const advisor = await signedIn(
    browser,
    demo.url,
    demo.users.advisor.email,
    demo.users.advisor.password,
  );
  const code = await recordReferral(advisor, demo.providerService);
  await advisor.close();
  await page.goto('/en/admin/audit');
  await page.fill('#code', `${code.slice(0, 5)}-${code.slice(5)}`);
  await Promise.all([page.waitForURL(/code=/), page.click(submit)]);
  const actions = await page
    .locator('table[aria-labelledby=log-title] tbody tr td:nth-child(2)')
    .allTextContents();
  expect(actions[0]).toBe('created');
  expect(
    await page.locator('table[aria-labelledby=log-title] tbody tr >> nth=0').textContent(),
  ).toContain(demo.users.advisor.email);
  await page.goto('/fi/admin/audit?code=12');
  expect(await page.locator('#code-error').textContent()).toContain('10 merkkiä');
  expect(await page.getAttribute('#code', 'aria-invalid')).toBe('true');
});

it('lists feedback on the site with its answer deadline, and marks it answered', async () => {
  const resident = await browser.newContext({ baseURL: demo.url });
  const text = `Tarkennusvalinnat hyppivät (${Date.now()})`;
  await sendAccessibilityFeedback(resident, '/fi/search', text, 'vastaus@example.com');
  await resident.close();
  await page.goto('/en/admin/feedback');
  const item = page.locator('.result', { hasText: text });
  expect(await item.locator('h2').textContent()).toBe('Accessibility');
  expect(await item.locator('.meta').textContent()).toMatch(/Answer by \d+ \w+ \d{4}/);
  expect(await item.locator('a[href="mailto:vastaus@example.com"]').count()).toBe(1);
  expect(await item.locator('a[href="/fi/search"]').count()).toBe(1);
  await Promise.all([page.waitForURL(/done=1/), item.locator('button').click()]);
  expect(await page.locator('.notice.ok').textContent()).toContain('marked as answered');
  expect(await page.locator('.result', { hasText: text }).count()).toBe(0);
  await page.click('a:text-is("Answered")');
  const answered = page.locator('.result', { hasText: text });
  expect(await answered.locator('.meta').textContent()).toContain('Answered');
  expect(await answered.locator('a[href^="mailto:"]').count()).toBe(0);
});
