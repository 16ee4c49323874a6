/**
 * Keyboard only, with a visible focus indicator at every stop: an advisor signs in, searches,
 * opens a service, adds it to the client's list, matches needs in the workspace, makes the
 * handoff and records the referral.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

const demo = inject('demo');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus now, and whether it shows an outline or a focus ring. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { text: '', tag: 'body', visible: false, id: '' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {
      text: (
        el.getAttribute('aria-label') ??
        el.textContent ??
        (el as HTMLInputElement).value ??
        ''
      ).trim(),
      tag: el.tagName.toLowerCase(),
      id: el.id,
      visible: (outline || ring) && box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until `match` says the focused element is the one, checking focus is visible at every stop. */
async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 120,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.visible, `focus indicator on <${f.tag}> "${f.text.slice(0, 40)}"`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error('never reached the element with Tab');
}

async function pressAndWait(page: Page, key: string) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
}

it('goes from search to a recorded referral with the keyboard alone, focus always visible', async () => {
  const context = await browser.newContext({ baseURL: demo.url });
  const page = await context.newPage();

  await page.goto('/fi/login');
  await tabTo(page, (f) => f.id === 'email');
  await page.keyboard.type(demo.users.advisor.email);
  await tabTo(page, (f) => f.id === 'password');
  await page.keyboard.type(demo.users.advisor.password);
  await pressAndWait(page, 'Enter');
  expect(new URL(page.url()).pathname).toBe('/fi/advisor');

  await page.goto('/fi/');
  const skip = await tabTo(page, (f) => f.tag === 'a');
  expect(skip.text).toBe('Siirry sisältöön');
  await tabTo(page, (f) => f.id === 'q');
  await page.keyboard.type('omaishoitajien vertaistuki');
  await pressAndWait(page, 'Enter');
  expect(new URL(page.url()).pathname).toBe('/fi/search');

  await tabTo(page, (f) => f.tag === 'a' && f.text === 'Omaishoitajien vertaistukiryhmä');
  await pressAndWait(page, 'Enter');
  expect(new URL(page.url()).pathname).toBe(`/fi/services/${demo.ids.carersGroup}`);
  await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith('Lisää listalle'));
  await pressAndWait(page, 'Enter');
  await expect
    .poll(() => page.locator('.facts .badge.open', { hasText: 'Listalla' }).count())
    .toBe(1);

  await page.goto('/fi/');
  await tabTo(page, (f) => f.tag === 'a' && f.text === 'Ohjaajan työtila');
  await pressAndWait(page, 'Enter');
  await tabTo(page, (f) => f.id === 'need-debt-and-money');
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.id === 'municipality');
  await page.keyboard.type('Turku');
  expect(await page.inputValue('#municipality')).toBe('853');
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Etsi sopivat palvelut');
  await pressAndWait(page, 'Enter');
  await expect.poll(() => page.locator('h3', { hasText: 'Velat ja raha-asiat' }).count()).toBe(1);
  await tabTo(
    page,
    (f) => f.tag === 'button' && f.text === 'Lisää listalle: Velkaneuvonta puhelimessa ja chatissa',
  );
  await pressAndWait(page, 'Enter');
  expect(await page.locator('.client-list li').count()).toBe(2);

  await tabTo(page, (f) => f.tag === 'a' && f.text === 'Tee asiakkaalle palvelulista');
  await pressAndWait(page, 'Enter');
  expect(new URL(page.url()).pathname).toBe('/fi/advisor/handoff');
  await tabTo(page, (f) => f.id === 'record-button');
  await pressAndWait(page, 'Enter');
  expect(new URL(page.url()).searchParams.get('code')).toMatch(/^[0-9A-Z]{10}$/);
  await expect
    .poll(() =>
      page.locator('.sheet strong', { hasText: /^Lähetekoodi: [0-9A-Z]{5}-[0-9A-Z]{5}$/ }).count(),
    )
    .toBe(1);
  await context.close();
});
