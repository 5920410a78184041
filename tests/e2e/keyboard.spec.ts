import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts';
import { DEMO } from './helpers';

/**
 * Journeys done with the keyboard alone: Tab to move (every stop must show a focus ring),
 * Enter or Space to act, typing to fill and to choose in a select.
 */

async function focusRingShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

/** Presses Tab until `target` has focus, checking that every stop on the way shows where focus is. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const described = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
    });
    expect(await focusRingShows(page), `focus ring on ${described}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('keyboard only: a foster skips the navigation and logs a session for a cage group', async ({ page }) => {
  await signInByKeyboard(page, DEMO.foster2);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Log a session with Maple girls' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Log a session' })).toBeVisible();
  const technique = page.getByRole('button', { name: 'Treat from fingers' });
  await tabTo(page, technique);
  await page.keyboard.press('Space');
  await expect(technique).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, page.getByRole('button', { name: 'Save session' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/dashboard\?logged=\d+$/);
  await expect(page.getByText(/^Session saved for \d+ rats\.$/)).toBeVisible();
});

test('keyboard only: staff record an intake; a refused save puts focus on the first field to fix', async ({ page }) => {
  await signInByKeyboard(page, DEMO.staff);
  // Loaded twice: the server has rendered the form before, so its row ids must not depend on how
  // often that happened (they once did, and Enter then focused rat 1's row instead of rat 2's).
  await page.goto('/intakes/new');
  await page.reload();
  const save = page.getByRole('button', { name: /^Record intake/ });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const source = page.getByLabel('Source', { exact: true });
  await expect(source).toBeFocused();
  await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();

  await page.keyboard.type('Stray');
  await expect(source).toHaveValue('stray');
  await tabTo(page, page.getByLabel('Rat 1 name'));
  await page.keyboard.type('Keyring');
  await tabTo(page, page.getByLabel('Rat 1 sex'));
  await page.keyboard.type('Female');
  await expect(page.getByLabel('Rat 1 sex')).toHaveValue('female');
  // Back to the name (a text field: Enter on a select may open its list instead), then Enter adds rat 2.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Rat 1 name')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Rat 2 name')).toBeFocused();
  await page.keyboard.type('Keystone');
  await tabTo(page, page.getByLabel('Rat 2 sex'));
  await page.keyboard.type('Female');

  await tabTo(page, page.getByRole('button', { name: 'Record intake of 2 rats' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/intakes\/\d+\?recorded=1$/);
  await expect(page.getByRole('link', { name: 'Keyring' }).or(page.getByText('Keyring')).first()).toBeVisible();
});
