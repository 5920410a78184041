import { expect, test } from '@playwright/test';
import { DEMO, navLabels, signIn } from './helpers';

test.describe('signing in and navigation by role', () => {
  const expected = {
    admin: ['Dashboard', 'Rats', 'Foster homes', 'Quarantine', 'Introductions', 'Matching', 'Ready for adoption', 'Breeding', 'Adopters', 'Reports', 'Settings', 'Users'],
    staff: ['Dashboard', 'Rats', 'Foster homes', 'Quarantine', 'Introductions', 'Ready for adoption', 'Breeding', 'Adopters', 'Reports', 'Settings'],
    coordinator: ['Dashboard', 'Rats', 'Foster homes', 'Quarantine', 'Introductions', 'Matching', 'Ready for adoption', 'Breeding', 'Adopters', 'Reports', 'Settings'],
    foster: ['Dashboard', 'Rats', 'Introductions'],
  } as const;

  for (const role of Object.keys(expected) as Array<keyof typeof expected>) {
    test(`a ${role} signs in and sees only the ${role} navigation`, async ({ page }) => {
      await signIn(page, DEMO[role]);
      expect(await navLabels(page)).toEqual(expected[role]);
      await expect(page.getByTestId('signed-in-role')).toHaveText(role.charAt(0).toUpperCase() + role.slice(1));
    });
  }

  test('a foster on a phone gets the bottom tab bar with their home named', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, DEMO.foster);
    expect(await navLabels(page)).toEqual(['Dashboard', 'Rats', 'Introductions']);
    await expect(page.getByRole('banner')).toContainText('Willow House');
    await expect(page.getByRole('heading', { name: 'My rats' })).toBeVisible();
  });

  test('signing out returns to the sign-in page and the dashboard is closed again', async ({ page }) => {
    await signIn(page, DEMO.staff);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe('pages closed to the signed-out and to other roles', () => {
  for (const path of ['/dashboard', '/rats', '/foster-homes', '/quarantine', '/introductions', '/matching', '/readiness', '/breeding', '/adopters', '/reports', '/settings', '/users', '/rats/1']) {
    test(`a signed-out visit to ${path} redirects to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('heading', { name: /Sign in/ })).toBeVisible();
    });
  }

  test('a foster opening the users, settings or foster homes page gets not-found', async ({ page }) => {
    await signIn(page, DEMO.foster);
    for (const path of ['/users', '/settings', '/foster-homes', '/quarantine', '/matching', '/readiness', '/breeding', '/adopters']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    }
  });

  test('staff opening user admin gets not-found', async ({ page }) => {
    await signIn(page, DEMO.staff);
    const response = await page.goto('/users');
    expect(response?.status()).toBe(404);
  });

  test('a foster opening a rat of another home by URL gets not-found', async ({ browser }) => {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, DEMO.foster2);
    await other.goto('/rats');
    const otherHomesRat = await other.getByRole('table', { name: 'Rats' }).getByRole('link').first().getAttribute('href');
    expect(otherHomesRat).toMatch(/^\/rats\/\d+$/);

    const page = await (await browser.newContext()).newPage();
    await signIn(page, DEMO.foster);
    const response = await page.goto(otherHomesRat!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

test.describe('bad sign-in input', () => {
  test('a wrong password gets a clear message and no session', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(DEMO.staff);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('a malformed email gets a message on the email field', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('fran.at.example');
    await page.getByLabel('Password').fill('whatever');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter a valid email address, like name@example.org.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});
