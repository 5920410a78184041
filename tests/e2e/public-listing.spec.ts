import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoPrivateStrings } from '../../db/seed/demo';
import { DEMO, signIn } from './helpers';

/*
 * The public listing, signed out. The demo lists two pairs of its own (Bilberry and Rosehip,
 * Pippin and Cobnut) that no other journey touches, Rocco and Dexter (adopted by an earlier
 * journey, so not relied on here), and Hugo, a single rat offered to join a home with rats.
 */

const PHONE = { width: 390, height: 844 };

async function phoneScreenshot(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('signed out', () => {
  test('the listing shows the demo’s available pairs together, and a single rat only with its “to join a home with rats” flag', async ({ page }) => {
    await page.goto('/adopt');
    await expect(page.getByRole('heading', { level: 1, name: 'Rats looking for a home' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Aire Valley Rat Rescue' })).toBeVisible();
    const units = page.getByTestId('public-unit');
    const bilberry = units.filter({ hasText: 'Bilberry and Rosehip' });
    await expect(bilberry).toContainText('A bonded pair');
    await expect(bilberry).toContainText('Bilberry: confident and cuddly.');
    await expect(bilberry).toContainText('Adoption fee £30 for the pair');
    await expect(units.filter({ hasText: 'Cobnut and Pippin' })).toContainText('Needs some rat experience');
    // Every unit is a group, or a single rat flagged to join a home that already has rats.
    for (const unit of await units.all()) {
      const text = await unit.innerText();
      if (!text.includes('A bonded')) expect(text).toContain('To join a home with rats.');
    }
    await expect(units.filter({ hasText: 'Hugo' })).toContainText('To join a home with rats.');
    // The demo's other single rats are available but not flagged: none is listed.
    for (const name of ['Olive', 'Maisie', 'Mochi', 'Nico', 'Ziggy', 'Marigold']) await expect(units.filter({ hasText: name })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await phoneScreenshot(page, 'public-listing');
  });

  test('the filters work without JavaScript, from the URL', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/adopt');
    await page.getByText('Filter: girls or boys, age, your experience').click();
    await page.getByLabel('Girls or boys').selectOption('female');
    await page.getByRole('button', { name: 'Show rats' }).click();
    await expect(page).toHaveURL(/sex=female/);
    await expect(page.getByTestId('public-unit').filter({ hasText: 'Bilberry and Rosehip' })).toBeVisible();
    await expect(page.getByTestId('public-unit').filter({ hasText: 'Pippin' })).toHaveCount(0);
    await page.goto('/adopt?experience=new');
    await expect(page.getByTestId('public-unit').filter({ hasText: 'Bilberry and Rosehip' })).toBeVisible();
    await expect(page.getByTestId('public-unit').filter({ hasText: 'Pippin' })).toHaveCount(0);
    await context.close();
  });

  test('a unit’s page shows the rats together in words', async ({ page }) => {
    await page.goto('/adopt');
    await page.getByRole('link', { name: 'Cobnut and Pippin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cobnut and Pippin' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'The rats' })).toContainText('Neutered male');
    await expect(page.getByRole('list', { name: 'The rats' })).toContainText('Shy and happy to be handled, best with someone who has kept rats before');
    await expectNoSeriousAxeViolations(page);
    await phoneScreenshot(page, 'public-unit');
  });

  test('an unknown or unlisted unit is not found', async ({ page }) => {
    expect((await page.goto('/adopt/999999'))?.status()).toBe(404);
    expect((await page.goto('/adopt/not-a-number'))?.status()).toBe(404);
  });

  test('no public page, the feed or the snippet shows any of the demo’s private strings', async ({ page, request }) => {
    const privateStrings = demoPrivateStrings();
    expect(privateStrings.length).toBeGreaterThan(40);
    const feed = await request.get('/api/public/listings');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
    const { units } = (await feed.json()) as { units: Array<{ id: number; url: string; title: string }> };
    expect(units.map((u) => u.title)).toEqual(expect.arrayContaining(['Bilberry and Rosehip', 'Cobnut and Pippin', 'Hugo']));
    const urls = ['/adopt', '/adopt?sex=male', '/adopt?experience=experienced', '/api/public/listings', '/api/public/listings/embed', ...units.map((u) => `/adopt/${u.id}`)];
    for (const url of urls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const body = await response.text();
      for (const secret of privateStrings) expect(body.includes(secret), `${url} shows “${secret}”`).toBe(false);
    }
    // The rendered pages too (what a reader sees, after any script ran).
    for (const url of ['/adopt', ...units.map((u) => `/adopt/${u.id}`)]) {
      await page.goto(url);
      const text = await page.locator('body').innerText();
      for (const secret of privateStrings) expect(text.includes(secret), `${url} shows “${secret}”`).toBe(false);
    }
  });

  test('only the snippet may be framed by another site', async ({ request }) => {
    const snippet = await request.get('/api/public/listings/embed');
    expect(snippet.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(snippet.headers()['x-frame-options']).toBeUndefined();
    const listing = await request.get('/adopt');
    expect(listing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(listing.headers()['x-frame-options']).toBe('DENY');
  });
});

test('a coordinator takes a pair off the listing at once, and lists it again with new words', async ({ page, browser }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/rats?q=Bilberry');
  await page.getByRole('link', { name: 'Bilberry' }).first().click();
  const sections = page.getByRole('navigation', { name: 'Rat record sections' });
  await sections.getByRole('link', { name: 'Readiness' }).click();
  await expect(page.getByRole('heading', { name: 'Ready for adoption?' })).toBeVisible();
  // Bilberry shares a cage: her listing is the cage group's, on its page.
  await expect(page.getByTestId('listing-card')).toHaveCount(0);
  await sections.getByRole('link', { name: /Home/ }).click();
  await page.getByRole('link', { name: 'Bilberry & Rosehip' }).first().click();
  const card = page.getByTestId('listing-card');
  await expect(card.getByTestId('listing-state')).toContainText('Shown to adopters now.');
  await card.getByLabel('List publicly').uncheck();
  await card.getByRole('button', { name: 'Save listing' }).click();
  await expect(card).toContainText('Bilberry and Rosehip taken off the public listing.');

  const visitor = await browser.newPage();
  await visitor.goto('/adopt');
  await expect(visitor.getByTestId('public-unit').filter({ hasText: 'Bilberry' })).toHaveCount(0);

  await card.getByLabel('List publicly').check();
  await card.getByLabel('What adopters read').fill('Two bright sisters who love peas and a free-range hour.');
  await card.getByRole('button', { name: 'Save listing' }).click();
  await expect(card).toContainText('listed publicly');
  await visitor.reload();
  await visitor.getByRole('link', { name: 'Bilberry and Rosehip' }).click();
  await expect(visitor.getByText('Two bright sisters who love peas and a free-range hour.')).toBeVisible();
  await visitor.close();
});
