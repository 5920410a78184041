import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** Key pages of each kind: the foster's phone screens and the office's lists and records. */
const FOSTER_PAGES = ['/dashboard', '/rats', '/sessions/new', '/introductions'];
const STAFF_PAGES = ['/dashboard', '/rats', '/foster-homes', '/quarantine', '/intakes/new', '/reports'];

async function ratPages(page: Page, name: string): Promise<string[]> {
  await page.goto(`/rats?q=${encodeURIComponent(name)}`);
  const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
  return [href!, `${href}?tab=handling`, `${href}/health`, `${href}/record`];
}

/** How far the page scrolls sideways, in CSS pixels. */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('at 200% zoom on a phone (195 CSS px wide) key pages fit the width: no sideways scrolling', async ({ browser }) => {
  for (const [email, pages, rat] of [
    [DEMO.foster2, FOSTER_PAGES, 'Truffle'],
    [DEMO.staff, STAFF_PAGES, 'Truffle'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, email);
    await page.setViewportSize({ width: 195, height: 422 });
    const wide: string[] = [];
    for (const path of [...pages, ...(await ratPages(page, rat))]) {
      await page.goto(path);
      await page.waitForLoadState('load');
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) wide.push(`${path} as ${email} scrolls ${overflow}px sideways`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }
});

test('in the system’s dark mode the pages are dark and every text still meets contrast', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await signIn(page, DEMO.staff);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/[\d.]+/g)!.map(Number);
  expect(r + g + b, `body background ${background}`).toBeLessThan(150);
  const failing: string[] = [];
  for (const path of [...STAFF_PAGES, ...(await ratPages(page, 'Truffle'))]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).setLegacyMode(true).analyze();
    for (const v of results.violations) failing.push(`${path}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
  }
  await context.close();
  expect(failing).toEqual([]);
});

test('with reduced motion asked for, nothing animates or transitions', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, DEMO.staff);
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, [class*="animate-"]')].flatMap((el) => {
      const style = getComputedStyle(el);
      return [style.transitionDuration, style.animationDuration].flatMap((d) => d.split(',')).map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
    }),
  );
  expect(durations.length).toBeGreaterThan(0);
  expect(Math.max(...durations)).toBeLessThanOrEqual(1);
});
