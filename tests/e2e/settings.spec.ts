import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('an admin sees each policy number with its default and reason, and an invalid value is refused with nothing saved', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/settings');
  await expect(page.getByText('Rescues use six weeks after a show or a known exposure to rule out Sendai virus.')).toBeVisible();
  await expect(page.getByText('Default 21 days · allowed 7–120')).toBeVisible();

  const quarantine = page.getByLabel('Quarantine days', { exact: true });
  await quarantine.fill('3');
  await page.getByLabel('Handling-stale after').fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Quarantine days must be at least 7 days.')).toBeVisible();
  await expect(page.getByLabel('Quarantine days', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Handling-stale after')).toHaveValue('5');

  await page.reload();
  await expect(page.getByLabel('Quarantine days', { exact: true })).toHaveValue('21');
  await expect(page.getByLabel('Handling-stale after')).toHaveValue('3');
});

test('an admin changes a policy number and it is kept', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/settings');
  await page.getByLabel('Pregnancy watch days').fill('25');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Pregnancy watch days')).toHaveValue('25');
  await page.getByLabel('Pregnancy watch days').fill('24');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
});

test('a coordinator can read the settings but not change them', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/settings');
  await expect(page.getByLabel('Quarantine days', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
});
