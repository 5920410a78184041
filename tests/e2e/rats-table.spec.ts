import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { DEMO, signIn } from './helpers';

/** The rats table's body rows. */
function bodyRows(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

/** The Status filter's menu button (named "Status" + what is chosen), not the Status column's sort button. */
function statusFilter(page: Page) {
  return page.getByRole('button', { name: /^Status \S/ });
}

/** The names in the table, in order (the name cell is the rat's link). */
async function tableNames(page: Page): Promise<string[]> {
  await expect(bodyRows(page).first()).toBeVisible();
  return (await bodyRows(page).locator('td:first-child a span:last-child').allInnerTexts()).map((t) => t.trim());
}

/** Waits until the server has answered the URL's filters: every row shows `status` and, if asked, a quarantine. */
async function expectEveryRow(page: Page, text: RegExp) {
  await expect
    .poll(async () => {
      const statuses = await bodyRows(page).locator('td:nth-child(4)').allInnerTexts();
      return statuses.length > 0 && statuses.every((s) => text.test(s));
    })
    .toBe(true);
}

test('filtering by status and quarantine puts the filters in the URL, and reloading that URL shows the same rats', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats');
  await statusFilter(page).click();
  await page.getByRole('menuitemcheckbox', { name: 'Intake' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]status=intake(&|$)/);
  await page.getByLabel('In quarantine').selectOption('yes');
  await expect(page).toHaveURL(/[?&]quarantine=yes(&|$)/);
  await expectEveryRow(page, /Intake[\s\S]*Quarantine/);

  const names = await tableNames(page);
  expect(names.length).toBeGreaterThan(0);
  const url = page.url();

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('In quarantine')).toHaveValue('yes');
  await expect(statusFilter(page)).toHaveAccessibleName('Status Intake');
  expect(await tableNames(page)).toEqual(names);
});

test('sorting by name from its header orders the rats both ways and marks the header', async ({ page }) => {
  await signIn(page, DEMO.staff);
  // A filter with a handful of one-word names, so the expected order is plain.
  await page.goto('/rats?status=intake&quarantine=yes');
  const header = page.getByRole('columnheader', { name: 'Name' });
  await expect(header).toHaveAttribute('aria-sort', 'none');

  await header.getByRole('button').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const byName = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());
  await expect.poll(async () => {
    const names = await tableNames(page);
    return names.join('|') === [...names].sort(byName).join('|');
  }).toBe(true);
  const ascending = await tableNames(page);

  await header.getByRole('button').click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => tableNames(page)).toEqual([...ascending].reverse());
});

test('a column hidden from the Columns menu stays hidden after a reload', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats');
  await expect(page.getByRole('columnheader', { name: 'Code' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Code' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Code' })).toHaveCount(0);
  await expect(page).toHaveURL(/hide=/);

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Code' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Code' })).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('menuitemcheckbox', { name: 'Code' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Code' })).toBeVisible();
});

test('the CSV export downloads exactly the rats the filter shows', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats?status=intake&quarantine=yes&sort=name');
  await expectEveryRow(page, /Intake[\s\S]*Quarantine/);
  const shown = await tableNames(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ratwise-rats-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.Name)).toEqual(shown);
  expect(rows.every((r) => r.Status === 'Intake' && r['In quarantine until'] !== '')).toBe(true);
});

test('a foster sees only the rats in their home, with no import or intake buttons, and cannot open the import', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await page.goto('/rats');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import CSV' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Record intake' })).toHaveCount(0);
  await expect(page.getByLabel('Home', { exact: true })).toHaveCount(0);
  await expect(bodyRows(page).first()).toBeVisible();
  const homes = await bodyRows(page).locator('td:nth-child(5)').allInnerTexts();
  expect(homes.length).toBeGreaterThan(0);
  expect(new Set(homes.map((h) => h.trim()))).toEqual(new Set(['Willow House']));

  const response = await page.goto('/rats/import');
  expect(response?.status()).toBe(404);
});

test('a search that matches nothing says so and offers to clear the filters', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats?q=no-rat-is-called-this');
  await expect(page.getByText('No rats match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(page).toHaveURL(/\/rats$/);
  await expect(bodyRows(page).first()).toBeVisible();
});
