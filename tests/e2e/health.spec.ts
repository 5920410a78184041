import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

// Fosters weigh their rats with a phone in one hand.
test.use({ viewport: { width: 390, height: 844 } });

async function openHealth(page: Page, ratName: string) {
  const href = await page.getByTestId(`rat-${ratName}`).getAttribute('href');
  expect(href).toMatch(/^\/rats\/\d+$/);
  await page.goto(`${href}/health`);
  await expect(page.getByRole('heading', { name: `${ratName}’s health` })).toBeVisible();
}

const weighings = (page: Page) => page.getByRole('list', { name: 'Health timeline' }).locator('li[data-kind="weight"]');

test('a foster’s weight shows on the rat’s chart and at the top of its health timeline', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await openHealth(page, 'Wren');
  const chart = page.getByTestId('weight-chart');
  const before = Number(await chart.getAttribute('data-points'));

  await page.getByLabel('Weight', { exact: true }).fill('263');
  await page.getByRole('button', { name: 'Save weight' }).click();

  await expect(page.getByText('Weight recorded for Wren: 263 g.')).toBeVisible();
  await expect(chart).toHaveAttribute('data-points', String(before + 1));
  await expect(page.getByRole('figure')).toContainText('Latest 263 g');
  await expect(weighings(page).first()).toContainText('263 g');
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('');
});

test('a weight of 0 or 5000 g is refused with a clear message and nothing is written', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await openHealth(page, 'Tansy');
  // The timeline streams in after the form: count its weighings only once it is there.
  await expect(weighings(page).first()).toBeVisible();
  const count = await weighings(page).count();
  for (const grams of ['0', '5000']) {
    await page.getByLabel('Weight', { exact: true }).fill(grams);
    await page.getByRole('button', { name: 'Save weight' }).click();
    await expect(page.getByText('Enter a weight between 1 and 2000 grams.')).toBeVisible();
    await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();
    await expect(page.getByLabel('Weight', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Weight', { exact: true })).toHaveValue(grams);
  }
  await page.reload();
  await expect(weighings(page).first()).toBeVisible();
  await expect(weighings(page)).toHaveCount(count);
});

test('a symptom recorded during quarantine restarts the quarantine clock and says so', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await openHealth(page, 'Moth');
  await page.getByRole('radio', { name: 'Illness or symptom' }).click();
  await page.getByRole('button', { name: 'Sneezing', pressed: false }).click();
  await page.getByRole('button', { name: 'Save symptoms' }).click();
  await expect(page.getByText(/Illness or symptom recorded for Moth: Sneezing\. Quarantine restarted on \d+ \w+ after sneezing: planned end moved from \d+ \w+ to \d+ \w+\./)).toBeVisible();
});

test('staff record a death: the rat is deceased, and the confirmation names the cage-mate left alone, who then shows as solo on the dashboard', async ({ page, browser }) => {
  const foster = await (await browser.newContext()).newPage();
  await signIn(foster, DEMO.foster2);
  const href = await foster.getByTestId('rat-Crumpet').getAttribute('href');

  await signIn(page, DEMO.staff);
  await page.goto(`${href}/health`);
  await page.getByRole('radio', { name: 'Death' }).click();
  await page.getByLabel('Cause of death (if known)').fill('Sudden collapse');
  await page.getByRole('button', { name: 'Record death' }).click();
  await expect(page.getByText('Tick the box to confirm the death.')).toBeVisible();

  await page.getByRole('checkbox', { name: /Crumpet has died/ }).check();
  await page.getByRole('button', { name: 'Record death' }).click();
  await expect(page.getByText("Crumpet's death is recorded: Sudden collapse. Pudding is now alone in Pudding & Crumpet: plan an introduction.")).toBeVisible();
  await expect(page.getByText(/Crumpet died on/)).toBeVisible();

  await page.goto('/dashboard');
  // The demo has several solo rats, so the dashboard folds them into one line that opens to the
  // first few and a link to the full list of that kind.
  await page.locator('[data-alert-kind="solo_rat"] summary').click();
  await page.locator('[data-alert-kind="solo_rat"]').getByRole('link', { name: /^See all \d+$/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/alerts\/solo_rat$/);
  await expect(page.getByRole('link', { name: /Pudding lives alone/ })).toBeVisible();
});
