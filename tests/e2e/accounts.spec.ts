import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

const addUserForm = (page: Page) => page.locator('form').filter({ has: page.getByRole('button', { name: 'Add user' }) });

/** An admin adds a staff member; returns the admin's page (still signed in). */
async function addStaff(browser: Browser, name: string, email: string, password: string) {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto('/users');
  const form = addUserForm(admin);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('staff');
  await form.getByLabel('Password').fill(password);
  await admin.getByRole('button', { name: 'Add user' }).click();
  await expect(admin.getByText(`${name} can now sign in as staff.`)).toBeVisible();
  return admin;
}

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a user changes their own password: the old one stops working, the new one signs in', async ({ browser }) => {
  const email = `pat-${Date.now()}@ratwise.test`;
  await addStaff(browser, 'Pat Password', email, 'first-long-password');
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, 'first-long-password');

  await page.getByRole('link', { name: 'Change password' }).first().click();
  await expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible();
  await page.getByLabel('Current password', { exact: true }).fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill('second-long-password');
  await page.getByLabel('Repeat the new password').fill('second-long-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();

  await page.getByLabel('Current password', { exact: true }).fill('first-long-password');
  await page.getByLabel('New password', { exact: true }).fill('second-long-password');
  await page.getByLabel('Repeat the new password').fill('second-long-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await expect(page.getByText('Your password is changed')).toBeVisible();

  await tryPassword(page, email, 'first-long-password');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await signIn(page, email, 'second-long-password');
});

test('an admin resets a user’s password: a one-time password shown once, replaced at the next sign-in', async ({ browser }) => {
  const email = `robin-${Date.now()}@ratwise.test`;
  const admin = await addStaff(browser, 'Rene Reset', email, 'first-long-password');
  await admin.reload();
  await admin.getByRole('button', { name: "Reset Rene Reset's password" }).click();
  const shown = admin.getByText(/One-time password for Rene Reset: /);
  await expect(shown).toBeVisible();
  const oneTime = /([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec((await shown.textContent()) ?? '')?.[1];
  expect(oneTime).toBeTruthy();
  await admin.reload();
  await expect(admin.getByText(/One-time password for Rene Reset/)).toHaveCount(0);

  const user = await (await browser.newContext()).newPage();
  await user.goto('/sign-in');
  await tryPassword(user, email, oneTime!);
  await expect(user).toHaveURL(/\/change-password$/);
  await expect(user.getByText('An admin reset your password.')).toBeVisible();
  // Nothing else opens until a password of their own is chosen.
  await user.goto('/rats');
  await expect(user).toHaveURL(/\/change-password$/);
  await user.getByLabel('Current password', { exact: true }).fill(oneTime!);
  await user.getByLabel('New password', { exact: true }).fill('my-own-long-password');
  await user.getByLabel('Repeat the new password').fill('my-own-long-password');
  await user.getByRole('button', { name: 'Change password' }).click();
  await expect(user).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await signIn(user, email, 'my-own-long-password');
});

test('the sixth wrong password in a minute is refused with how long to wait', async ({ page }) => {
  const email = `nobody-${Date.now()}@ratwise.test`;
  await page.goto('/sign-in');
  for (let i = 1; i <= 4; i++) {
    await tryPassword(page, email, `wrong-password-${i}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  }
  await tryPassword(page, email, 'wrong-password-5');
  await expect(page.getByRole('alert').filter({ hasText: 'Too many attempts: try again in 1 minute.' })).toBeVisible();
  await tryPassword(page, email, 'wrong-password-6');
  await expect(page.getByRole('alert').filter({ hasText: /Too many attempts: try again in \d+ minutes?\./ })).toBeVisible();
});

test('every page carries the security headers, with a fresh script nonce each time', async ({ request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const csp = first.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(/'nonce-([^']+)'/.exec(csp)?.[1]).not.toBe(/'nonce-([^']+)'/.exec(second.headers()['content-security-policy'])?.[1]);
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(first.headers()['permissions-policy']).toContain('geolocation=()');
});

test('the demo rescue shows a banner', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await expect(page.getByTestId('demo-banner')).toContainText('Demo rescue.');
});
