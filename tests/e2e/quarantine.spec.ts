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
