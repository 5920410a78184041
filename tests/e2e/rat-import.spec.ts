import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** How many rats the table says match `query` (its total, across pages). */
async function ratsTotal(page: Page, query = ''): Promise<number> {
  await page.goto(`/rats${query}`);
  const total = page.getByTestId('rats-total');
  await expect(total).toBeVisible();
  return Number(await total.getAttribute('data-total'));
}

/** 20 rats named with a unique prefix; data rows 4 and 11 (spreadsheet rows 5 and 12) are bad. */
function spreadsheet(prefix: string): Buffer {
  const lines = ['Name,Sex,DOB,Foster,Colour,Notes'];
  for (let i = 1; i <= 20; i++) {
    const sex = i === 4 ? 'x' : i % 2 ? 'doe' : 'Buck';
    const dob = i === 11 ? '2026-02-30' : `2025-0${(i % 9) + 1}-1${i % 9}`;
    lines.push(`${prefix} ${String(i).padStart(2, '0')},${sex},${dob},${i % 3 ? 'Willow House' : ''},Agouti,"Shy, likes peas"`);
  }
  return Buffer.from(lines.join('\r\n'));
}

test('importing 20 rows of which 2 are bad names both rows and why, writes nothing before confirming, then imports exactly 18', async ({ page, context }) => {
  const prefix = `Imp${Date.now().toString(36)}`;
  await signIn(page, DEMO.staff);
  const before = await ratsTotal(page);

  await page.goto('/rats/import');
  await page.getByLabel('CSV file').setInputFiles({ name: 'rescue-list.csv', mimeType: 'text/csv', buffer: spreadsheet(prefix) });
  await expect(page.getByLabel('Birth date')).toHaveValue('DOB');
  await expect(page.getByLabel('Foster home')).toHaveValue('Foster');
  await expect(page.getByTestId('import-ready')).toHaveText('18');
  await expect(page.getByTestId('import-bad')).toHaveText('2');
  await expect(page.getByTestId('bad-row-5')).toContainText('Sex “x” is not recognised');
  await expect(page.getByTestId('bad-row-12')).toContainText('Birth date “2026-02-30” is not a real date');

  // The preview wrote nothing: another tab sees the same total and none of these rats.
  const other = await context.newPage();
  expect(await ratsTotal(other, '')).toBe(before);
  expect(await ratsTotal(other, `?q=${prefix}`)).toBe(0);

  await page.getByRole('button', { name: 'Import 18 rats' }).click();
  await expect(page.getByText('Imported 18 rats; 2 rows were skipped.')).toBeVisible();
  await page.getByRole('link', { name: 'See the imported rats' }).click();
  await expect(page).toHaveURL(/\/rats\?intake=\d+/);
  await expect(page.getByTestId('rats-total')).toHaveAttribute('data-total', '18');

  expect(await ratsTotal(other, `?q=${prefix}`)).toBe(18);
  expect(await ratsTotal(other, '')).toBe(before + 18);
});

test('in strict mode a file with a bad row cannot be imported, and the page says why', async ({ page }) => {
  const prefix = `Strict${Date.now().toString(36)}`;
  await signIn(page, DEMO.staff);
  await page.goto('/rats/import');
  await page.getByLabel('CSV file').setInputFiles({ name: 'strict.csv', mimeType: 'text/csv', buffer: spreadsheet(prefix) });
  await expect(page.getByTestId('import-bad')).toHaveText('2');
  await page.getByLabel('Strict mode').check();
  await expect(page.getByText(/Strict mode is on and rows 5 and 12 have problems: nothing will be imported/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 18 rats' })).toBeDisabled();
  expect(await ratsTotal(page, `?q=${prefix}`)).toBe(0);
});

test('reading a file shows a progress bar that screen readers can follow', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats/import');
  // About 6 MB: read in a hundred chunks, so the bar is on screen for a while.
  const story = 'A long story the import ignores. '.repeat(36);
  const lines = ['Name,Sex,Story'];
  for (let i = 0; i < 5000; i++) lines.push(`Progress rat ${i},f,${story}`);
  await page.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  const bar = page.getByRole('progressbar', { name: /Reading big\.csv/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemin', '0');
  await expect(bar).toHaveAttribute('aria-valuemax', '100');
  await expect(page.getByTestId('import-ready')).toHaveText('5,000');
});
