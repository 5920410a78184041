import { expect, test, type Page } from '@playwright/test';
import { DEMO, navLabels, signIn } from './helpers';

const addUserForm = (page: Page) => page.locator('form').filter({ has: page.getByRole('button', { name: 'Add user' }) });

test('an admin adds a foster linked to a home, who signs in to that home; deactivating ends their session', async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto('/users');
  const form = addUserForm(admin);

  const email = `new-foster-${Date.now()}@ratwise.test`;
  await form.getByLabel('Name').fill('Nia New');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('foster');
  await form.getByLabel('Foster home').selectOption({ label: 'Birch Flat' });
  await form.getByLabel('Password').fill('a-long-password');
  await admin.getByRole('button', { name: 'Add user' }).click();
  await expect(admin.getByText('Nia New can now sign in as foster.')).toBeVisible();

  const fosterContext = await browser.newContext();
  const foster = await fosterContext.newPage();
  await signIn(foster, email, 'a-long-password');
  expect(await navLabels(foster)).toEqual(['Dashboard', 'Rats', 'Introductions']);
  await expect(foster.getByText('Foster · Birch Flat')).toBeVisible();

  await admin.reload();
  await admin.getByRole('button', { name: 'Deactivate Nia New' }).click();
  await expect(admin.getByText('Nia New is deactivated and signed out.')).toBeVisible();

  await foster.goto('/rats');
  await expect(foster).toHaveURL(/\/sign-in$/);

  await foster.getByLabel('Email').fill(email);
  await foster.getByLabel('Password').fill('a-long-password');
  await foster.getByRole('button', { name: 'Sign in' }).click();
  await expect(foster.getByRole('alert').filter({ hasText: 'deactivated' })).toBeVisible();

  await adminContext.close();
  await fosterContext.close();
});

test('adding a user with an email already in use is refused on the email field and keeps what was typed', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/users');
  const form = addUserForm(page);
  await form.getByLabel('Name').fill('Second Sam');
  await form.getByLabel('Email').fill('STAFF@ratwise.test');
  await form.getByLabel('Role').selectOption('staff');
  await form.getByLabel('Password').fill('a-long-password');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('Someone already uses that email address.').first()).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('Second Sam');
});
