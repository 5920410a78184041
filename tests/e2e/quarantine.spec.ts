import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('a coordinator sees every open quarantine with its clock, and an early release is refused with the reason', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/quarantine');
  const row = page.getByTestId('quarantine-Badger');
  await expect(row).toContainText('Willow House');
  await expect(row).toContainText(/\d+ days left/);
  await row.getByRole('button', { name: 'Release Badger' }).click();
  await expect(row.getByRole('alert')).toContainText(/Quarantine runs until \d+ \w+ \(\d+ days left\): release is possible from that day\./);
  await page.reload();
  await expect(page.getByTestId('quarantine-Badger')).toBeVisible();
});

test('staff can read the quarantine list but not release', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/quarantine');
  await expect(page.getByTestId('quarantine-Badger')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Release/ })).toHaveCount(0);
});

test('a coordinator records a sneeze for a rat in quarantine: the planned end moves, the quarantine page says why, and release before the end is refused', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/quarantine');
  const row = page.getByTestId('quarantine-Pickle');
  const endBefore = await row.getByTestId('planned-end').innerText();
  const ratHref = await row.getByRole('link', { name: 'Pickle' }).getAttribute('href');

  await page.goto(`${ratHref}/health`);
  await page.getByRole('radio', { name: 'Illness or symptom' }).click();
  await page.getByRole('button', { name: 'Sneezing', pressed: false }).click();
  await page.getByRole('button', { name: 'Save symptoms' }).click();
  await expect(page.getByText(/Quarantine restarted on \d+ \w+ after sneezing/)).toBeVisible();

  await page.goto('/quarantine');
  const after = page.getByTestId('quarantine-Pickle');
  await expect(after.getByTestId('planned-end')).not.toHaveText(endBefore);
  await expect(after.getByTestId('restart-reason')).toContainText('sneezing');
  await after.getByRole('button', { name: 'Release Pickle' }).click();
  await expect(after.getByRole('alert')).toContainText(/Quarantine runs until/);
});

test('a quarantine past its planned end shows as overdue for release; releasing it succeeds and the alert clears', async ({ page, browser }) => {
  // Staff back-record an intake that arrived 30 days ago at a home that can quarantine.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, DEMO.staff);
  await staff.goto('/intakes/new');
  await staff.getByLabel('Source', { exact: true }).selectOption('owner_surrender');
  await staff.getByLabel('Arrives at').selectOption({ label: (await staff.getByLabel('Arrives at').locator('option', { hasText: 'Oak Barn' }).innerText()).trim() });
  await staff.getByLabel('Rat 1 name').fill('Quill');
  await staff.getByLabel('Rat 1 sex').selectOption('female');
  await staff.getByRole('button', { name: 'Copy from the row above into rat 2' }).click();
  await staff.getByLabel('Rat 2 name').fill('Quince');
  // Set once the form is interactive (the row copy above proves it), so hydration cannot reset it.
  const arrived = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await staff.getByLabel('Date arrived').fill(arrived);
  await expect(staff.getByLabel('Date arrived')).toHaveValue(arrived);
  await staff.getByRole('button', { name: /^Record intake of 2 rats$/ }).click();
  await expect(staff).toHaveURL(/\/intakes\/\d+\?recorded=1$/);

  await signIn(page, DEMO.coordinator);
  await expect(page.getByRole('link', { name: /Quill's quarantine ended \d+ days ago/ })).toBeVisible();
  await page.goto('/quarantine');
  const row = page.getByTestId('quarantine-Quill');
  await expect(row).toContainText(/overdue/);
  await row.getByRole('button', { name: 'Release Quill' }).click();
  // Quince shares Quill's cage and stays in quarantine: the release asks for a confirmation naming her.
  await expect(row.getByRole('alert')).toContainText(/Quince \(until \d+ \w+\) stays in quarantine in Quill’s cage/);
  await row.getByLabel('Release Quill anyway').check();
  await row.getByRole('button', { name: 'Release Quill' }).click();
  await expect(page.getByText('Quill is out of quarantine.')).toBeVisible();
  await expect(page.getByTestId('quarantine-Quill')).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByRole('link', { name: /Quince's quarantine ended \d+ days ago/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Quill's quarantine ended \d+ days ago/ })).toHaveCount(0);
});
