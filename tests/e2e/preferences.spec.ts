import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** Key pages of the office's lists and records. */
const STAFF_PAGES = ['/dashboard', '/rats', '/foster-homes', '/quarantine', '/intakes/new', '/reports'];

async function ratPages(page: Page, name: string): Promise<string[]> {
  await page.goto(`/rats?q=${encodeURIComponent(name)}`);
  const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
  return [href!, `${href}?tab=handling`, `${href}/health`, `${href}/record`];
}

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
