import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { DEMO, signIn } from './helpers';
import { A11Y_PAGES, DEMO_PARAMS, FOSTER_ACCOUNT, paramsOf, VIEWERS, type A11yPage, type Viewer } from './pages';
import { DEMO_URL, EMPTY_URL } from './urls';

/**
 * axe-core in Chromium over every page in tests/e2e/pages.ts, as every viewer the list names,
 * at a desktop and a phone width: any serious or critical violation fails, naming the rule, the
 * page and the elements. Read-only: it signs in and looks, and changes nothing other specs see.
 */

const WIDTHS = [1280, 390] as const;
type SignedIn = Exclude<Viewer, 'signed-out'>;
const FAILING_IMPACTS = new Set(['serious', 'critical']);

const CASES = A11Y_PAGES.reduce((n, p) => n + p.roles.length * WIDTHS.length, 0);

// -- sign in once per role ---------------------------------------------------------------------

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const states = new Map<SignedIn, StorageState>();

async function stateFor(browser: Browser, role: SignedIn): Promise<StorageState> {
  const known = states.get(role);
  if (known) return known;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO[role === 'foster' ? FOSTER_ACCOUNT : role], undefined, DEMO_URL);
  const state = await context.storageState();
  await context.close();
  states.set(role, state);
  return state;
}

async function contextFor(browser: Browser, viewer: Viewer): Promise<BrowserContext> {
  return browser.newContext(viewer === 'signed-out' ? {} : { storageState: await stateFor(browser, viewer) });
}

// -- demo ids by name ---------------------------------------------------------------------------

const resolved = new Map<string, string>();
let admin: { context: BrowserContext; page: Page } | null = null;

async function adminPage(browser: Browser): Promise<Page> {
  if (!admin) {
    const context = await contextFor(browser, 'admin');
    admin = { context, page: await context.newPage() };
  }
  return admin.page;
}

/** The id for `[name]`: the first matching link on its `from` page, as the admin sees it. */
async function paramValue(browser: Browser, name: string): Promise<string> {
  const known = resolved.get(name);
  if (known) return known;
  const spec = DEMO_PARAMS[name];
  const from = await fill(browser, spec.from);
  const page = await adminPage(browser);
  await page.goto(`${DEMO_URL}${from}`);
  const hrefs = await page.locator('a[href]').evaluateAll((links, wanted) => {
    return links
      .filter((a) => !wanted || (a.textContent ?? '').includes(wanted))
      .map((a) => new URL((a as HTMLAnchorElement).href).pathname);
  }, spec.name ?? '');
  const value = hrefs.map((h) => spec.href.exec(h)?.[1]).find(Boolean);
  if (!value) throw new Error(`No link to ${spec.href} ${spec.name ? `named "${spec.name}" ` : ''}on ${from}, for [${name}]`);
  resolved.set(name, value);
  return value;
}

async function fill(browser: Browser, path: string): Promise<string> {
  let out = path;
  for (const name of paramsOf(path)) out = out.replace(`[${name}]`, await paramValue(browser, name));
  return out;
}

function urlOf(entry: A11yPage, path: string): string {
  return `${entry.server === 'empty' ? EMPTY_URL : DEMO_URL}${path}`;
}

/**
 * Rendered and hydrated (React has claimed <main>), every chart drawn (they measure their box
 * first), then two frames for effects: rather than waiting for the network to go quiet, which
 * Next's prefetching of linked pages delays.
 */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    const hydrated = main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
    return hydrated && [...document.querySelectorAll('.recharts-responsive-container')].every((c) => c.querySelector('svg'));
  });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

// -- the report ---------------------------------------------------------------------------------

function failures(results: AxeResults) {
  return results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
}

/** One violation per paragraph: rule, impact, help, then each element with axe's own summary. */
function describeFailures(where: string, violations: AxeResults['violations']): string {
  const lines = [`${where}: ${violations.length} serious or critical accessibility violation(s)`];
  for (const v of violations) {
    lines.push(``, `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl.split('?')[0]})`);
    for (const node of v.nodes.slice(0, 10)) {
      lines.push(`  - ${node.target.join(' ')}`);
      const summary = node.failureSummary?.split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 3).join(' ');
      if (summary) lines.push(`    ${summary}`);
    }
    if (v.nodes.length > 10) lines.push(`  … and ${v.nodes.length - 10} more`);
  }
  return lines.join('\n');
}

// -- the cases ----------------------------------------------------------------------------------

test.describe(`axe-core: ${CASES} (page × role × width) cases`, () => {
  test.afterAll(async () => {
    await admin?.context.close();
    admin = null;
  });

  for (const viewer of VIEWERS) {
    const pages = A11Y_PAGES.filter((p) => p.roles.includes(viewer));
    if (pages.length === 0) continue;

    test.describe(`as ${viewer}`, () => {
      let context: BrowserContext;
      let page: Page;
      test.beforeAll(async ({ browser }) => {
        context = await contextFor(browser, viewer);
        page = await context.newPage();
      });
      test.afterAll(async () => {
        await context?.close();
      });

      for (const entry of pages) {
        test(`${entry.path} as ${viewer}, at ${WIDTHS.join(' and ')}px wide, has no serious or critical violations`, async ({ browser }) => {
          const path = await fill(browser, entry.path);
          const found: string[] = [];
          for (const [i, width] of WIDTHS.entries()) {
            await page.setViewportSize({ width, height: 900 });
            // Load the page once, at the first width; the second is the same page resized, as
            // when a phone turns or a window narrows (CSS and resize observers react to it).
            if (i === 0) {
              const response = await page.goto(urlOf(entry, path));
              expect(response?.status(), `${path} as ${viewer}`).toBe(200);
              expect(new URL(page.url()).pathname, `${path} as ${viewer} stays on the page`).toBe(path.split('?')[0]);
            }
            await settled(page);
            const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
            const failing = failures(results);
            if (failing.length > 0) found.push(describeFailures(`${path} (${entry.path}) as ${viewer} at ${width}px`, failing));
          }
          expect(found.join('\n\n'), 'no serious or critical violations').toBe('');
        });
      }
    });
  }
});

test.describe('the page list names exactly who may open each page', () => {
  for (const entry of A11Y_PAGES.filter((p) => p.server !== 'empty')) {
    const others = VIEWERS.filter((v) => !entry.roles.includes(v));
    if (others.length === 0) continue;
    test(`${entry.path}: ${others.join(', ')} cannot open it`, async ({ browser }) => {
      const path = await fill(browser, entry.path);
      for (const viewer of others) {
        const context = await contextFor(browser, viewer);
        const response = await context.request.get(`${DEMO_URL}${path}`, { maxRedirects: 0 });
        await context.close();
        const status = response.status();
        const redirectedAway = status >= 300 && status < 400 && new URL(response.headers().location ?? '/', DEMO_URL).pathname !== path.split('?')[0];
        expect(status === 404 || redirectedAway, `${path} as ${viewer} answered ${status}: list ${viewer} in tests/e2e/pages.ts, or refuse them`).toBe(true);
      }
    });
  }
});
