/**
 * Debian's Chromium through playwright-core (`npx playwright install` cannot run here), axe-core
 * injected from node_modules, and signing in through the real login form.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const launch = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Well under the hook timeout, so a start that hangs is retried instead of failing the file.
    timeout: 45_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/** Launches the system Chromium with the flags this machine needs; once more if it hangs. */
export async function launchBrowser(): Promise<Browser> {
  try {
    return await launch();
  } catch (error) {
    console.error(`Chromium did not start (${(error as Error).message}); trying once more`);
    return launch();
  }
}

/**
 * Runs one step of a test's setup, failing with the step's name when it takes over `ms`: a hook
 * that hangs then says where, instead of only that the hook timed out.
 */
export async function step<T>(name: string, run: () => Promise<T>, ms = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`setup step "${name}" took over ${ms / 1000} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([run(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A browser context signed in as `email` through /fi/login. */
export async function signedIn(
  browser: Browser,
  baseURL: string,
  email: string,
  password: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/fi/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/login')),
    page.click('form button[type=submit]'),
  ]);
  await page.close();
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be (rightly) refused by
  // the page's Content-Security-Policy.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Bytes of JavaScript the page ships: inline scripts plus any script files it loads. */
export async function scriptBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const s of Array.from(document.scripts)) {
      if (s.src) total += (await (await fetch(s.src)).text()).length;
      else if (!s.type || s.type === 'module' || s.type === 'text/javascript')
        total += new TextEncoder().encode(s.textContent ?? '').length;
    }
    return total;
  });
}
