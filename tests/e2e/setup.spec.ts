import { expect, test } from '@playwright/test';
import { EMPTY_URL } from './urls';

test('on an empty database the first visit offers to create the first admin, which then disappears', async ({ page }) => {
  await page.goto(`${EMPTY_URL}/dashboard`);
  await expect(page).toHaveURL(`${EMPTY_URL}/setup`);
  await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();

  // Bad input first: every problem is named on its field and nothing is created.
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Email').fill('ada-at-rescue');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the password').fill('different');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByText('Enter a valid email address, like name@example.org.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Ada Admin');

  await page.getByLabel('Email').fill('ada@rescue.example');
  await page.getByLabel('Password', { exact: true }).fill('a-long-password');
  await page.getByLabel('Repeat the password').fill('a-long-password');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?welcome=1$/);
  await expect(page.getByText('Your admin account is ready')).toBeVisible();

  await page.getByLabel('Email').fill('ada@rescue.example');
  await page.getByLabel('Password').fill('a-long-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${EMPTY_URL}/dashboard`);
  await expect(page.getByTestId('signed-in-role')).toHaveText('Admin');

  await page.goto(`${EMPTY_URL}/setup`);
  await expect(page).not.toHaveURL(/\/setup/);
});
