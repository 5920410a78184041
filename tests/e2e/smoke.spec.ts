import { expect, test } from '@playwright/test';
import { DEMO_URL } from './urls';

test('the sign-in page loads', async ({ page }) => {
  await page.goto(`${DEMO_URL}/sign-in`);
  await expect(page.getByRole('heading', { name: /Sign in/i })).toBeVisible();
});
