import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** Opens the rat's Readiness tab, finding the rat by name in the rats list. */
async function openReadiness(page: Page, name: string) {
  await page.goto(`/rats?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page).toHaveURL(/\/rats\/\d+$/);
  await page.getByRole('navigation', { name: 'Rat record sections' }).getByRole('link', { name: 'Readiness' }).click();
  await expect(page).toHaveURL(/tab=readiness/);
  return page.getByTestId('readiness');
}

test.describe('adoption readiness as a coordinator', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.coordinator);
  });

  test('a rat shows its readiness checklist with its unmet items named', async ({ page }, testInfo) => {
    const readiness = await openReadiness(page, 'Brutus');
    await expect(readiness.getByTestId('readiness-verdict')).toContainText('Not ready');
    const unmet = readiness.locator('li[data-met="false"]');
    expect(await unmet.count()).toBeGreaterThan(0);
    await expect(unmet.filter({ hasText: 'Trust step 6 (Accepts handling) or above' })).toContainText('below step 6');
    await page.screenshot({ path: testInfo.outputPath('readiness-section.png'), fullPage: true });
  });

  test('the override records its reason, the rat becomes ready, and it can be revoked', async ({ page }) => {
    const readiness = await openReadiness(page, 'Bramble');
    await expect(readiness.getByTestId('readiness-verdict')).toHaveText('Not ready: 1 item to go');
    await page.getByRole('button', { name: 'Declare ready on the trust step' }).click();
    await expect(page.getByText('Say why this rat is ready anyway', { exact: false }).first()).toBeVisible();
    await page.getByLabel('Why this rat is ready anyway').fill('Shy but steady: an experienced adopter with two calm does is waiting.');
    await page.getByRole('button', { name: 'Declare ready on the trust step' }).click();
    await expect(page.getByText('Bramble is declared ready on the trust step.')).toBeVisible();
    await expect(readiness.getByTestId('readiness-verdict')).toHaveText('Ready for adoption');
    await expect(readiness).toContainText('an experienced adopter with two calm does is waiting');
    await expect(readiness).toContainText('Coordinator override');

    await page.getByRole('navigation', { name: 'Rat record sections' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByText('Declared Bramble ready below the ready step: Shy but steady', { exact: false })).toBeVisible();

    await page.getByRole('navigation', { name: 'Rat record sections' }).getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('button', { name: 'Revoke the override' }).click();
    await expect(page.getByText('Revoked: Bramble’s trust step counts again.')).toBeVisible();
    await expect(page.getByTestId('readiness-verdict')).toHaveText('Not ready: 1 item to go');
  });

  test('the ready list groups cage-mates, and marks them available together', async ({ page }, testInfo) => {
    await page.goto('/readiness');
    // A cage with a ready rat still to mark (which one depends on what earlier journeys changed).
    const first = page.getByTestId('ready-group').filter({ has: page.getByRole('button', { name: 'Mark available' }) }).first();
    const title = await first.getByRole('heading').innerText();
    const group = page.getByTestId('ready-group').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    expect(await group.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: testInfo.outputPath('ready-list.png'), fullPage: true });
    const ticked = group.getByRole('checkbox', { checked: true });
    expect(await ticked.count()).toBeGreaterThanOrEqual(1);
    await group.getByRole('button', { name: 'Mark available' }).click();
    await expect(page.getByText(/ (is|are) now available for adoption\.$/)).toBeVisible();
    await expect(group).toContainText('Every ready rat in this cage is available.');
  });

  test('the reports page renders every chart with its table and CSV download', async ({ page }, testInfo) => {
    await page.goto('/reports?from=2026-01&to=2026-12');
    const reports = page.getByTestId('report');
    await expect(reports).toHaveCount(8);
    for (const report of await reports.all()) {
      await expect(report.locator('.recharts-surface').first()).toBeVisible();
      await expect(report.getByRole('table')).toHaveCount(1);
      const href = await report.getByRole('link', { name: /^CSV/ }).getAttribute('href');
      expect(href).toMatch(/^\/api\/reports\/[a-z-]+\?from=2026-01&to=2026-12$/);
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const body = (await response.text()).replace(/^\uFEFF/, '');
      const lines = body.trim().split(/\r\n/);
      expect(lines.length).toBeGreaterThan(1);
    }
    await page.screenshot({ path: testInfo.outputPath('reports.png'), fullPage: true });
  });
});

test('a foster cannot open the ready list or download a report', async ({ page }) => {
  await signIn(page, DEMO.foster);
  expect((await page.goto('/readiness'))?.status()).toBe(404);
  expect((await page.request.get('/api/reports/bites')).status()).toBe(404);
});
