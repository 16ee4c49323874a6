/** Steps several browser tests share, done through the pages as a person would. */
import type { BrowserContext } from 'playwright-core';

/** The visit the tests refer for: two needs in Turku. */
export const demoVisit = 'need=caring-for-a-relative&need=debt-and-money&municipality=853';

/**
 * As the advisor: puts `serviceId` on the client's list and records the referral from the
 * handoff; returns the referral code.
 */
export async function recordReferral(advisor: BrowserContext, serviceId: string): Promise<string> {
  const page = await advisor.newPage();
  try {
    await page.goto(`/fi/services/${serviceId}`);
    await page.click('button[name=action][value=add]');
    await page.goto(`/fi/advisor/handoff?${demoVisit}&clientLang=fi`);
    await Promise.all([page.waitForURL(/code=/), page.click('#record-button')]);
    return new URL(page.url()).searchParams.get('code')!;
  } finally {
    await page.close();
  }
}

/** As anyone: sends accessibility feedback about `page` through the site's feedback form. */
export async function sendAccessibilityFeedback(
  context: BrowserContext,
  page: string,
  text: string,
  replyTo?: string,
): Promise<void> {
  const tab = await context.newPage();
  try {
    await tab.goto(`/fi/feedback?page=${encodeURIComponent(page)}`);
    await tab.check('input[name=choice][value=accessibility]');
    await tab.fill('#text', text);
    if (replyTo) await tab.fill('#email', replyTo);
    await Promise.all([tab.waitForURL(/sent=1/), tab.click('main form button[type=submit]')]);
  } finally {
    await tab.close();
  }
}
