import { expect, test, type Locator } from '@playwright/test';
import { DEMO, demoDaysAgo, signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('a foster logs a session for a cage group of 3 rats in at most 10 taps, and the rats show as handled today', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const lads = page.getByRole('region', { name: 'The lads' });
  await expect(lads.getByRole('listitem')).toHaveCount(3);
  // Winston's last session was seeded 5 days back.
  await expect(lads.getByTestId('rat-Winston').getByTestId('handled')).toHaveText(`Handled ${demoDaysAgo(5)} days ago`);
  const biscuitStep = await lads.getByTestId('rat-Biscuit').getByTestId('trust-step').innerText();

  let taps = 0;
  const tap = async (target: Locator) => {
    taps += 1;
    await target.click();
  };

  await tap(lads.getByRole('link', { name: 'Log a session with The lads' }));
  await expect(page.getByRole('heading', { name: 'Log a session' })).toBeVisible();
  for (const name of ['Biscuit', 'Bramble', 'Winston']) {
    await expect(page.getByRole('button', { name, pressed: true })).toBeVisible();
  }
  await tap(page.getByRole('button', { name: 'Treat from fingers' }));
  await tap(page.getByRole('button', { name: 'Spoon soft food' }));
  await tap(page.getByRole('button', { name: 'Save session' }));

  await expect(page).toHaveURL(/\/dashboard\?logged=3$/);
  await expect(page.getByText('Session saved for 3 rats.')).toBeVisible();
  expect(taps).toBeLessThanOrEqual(10);

  const after = page.getByRole('region', { name: 'The lads' });
  for (const name of ['Biscuit', 'Bramble', 'Winston']) {
    await expect(after.getByTestId(`rat-${name}`).getByTestId('handled')).toHaveText('Handled today');
  }
  // One more session at the same step keeps the derived step where it was.
  await expect(after.getByTestId('rat-Biscuit').getByTestId('trust-step')).toHaveText(biscuitStep);
});

test('a rat’s trust step rises only when two of its last three sessions reach the new step', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const ginger = () => page.getByRole('region', { name: 'Ginger & Rolo' }).getByTestId('rat-Ginger').getByTestId('trust-step');
  const before = Number((await ginger().innerText()).match(/Step (\d)/)?.[1]);

  const logOneStepHigher = async () => {
    await page.goto('/dashboard');
    await page.getByRole('link', { name: 'Log a session with Ginger & Rolo' }).click();
    await page.getByRole('button', { name: 'Rolo', pressed: true }).click();
    await page.getByRole('button', { name: 'Ginger: one step higher' }).click();
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page).toHaveURL(/logged=1/);
  };

  await logOneStepHigher();
  await expect(ginger()).toContainText(`Step ${before}`);
  await logOneStepHigher();
  await expect(ginger()).toContainText(`Step ${before + 1}`);
});

test('a bite logged by a foster becomes an incident the coordinator sees', async ({ page, browser }) => {
  await signIn(page, DEMO.foster);
  await page.getByRole('link', { name: 'Log a session with Spare room girls' }).click();
  for (const name of ['Moth', 'Tansy', 'Wren']) await page.getByRole('button', { name, pressed: true }).click();
  await page.getByRole('region', { name: "Bean's result" }).getByRole('radio', { name: 'Bite', exact: true }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('The bite was reported to the coordinators.')).toBeVisible();

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await expect(coordinator.getByRole('link', { name: /Bean bit someone this week/ })).toBeVisible();
});

test('a session in the future is refused with a clear message and nothing is saved', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await page.getByRole('link', { name: 'Log a session with The lads' }).click();
  await page.getByRole('button', { name: 'Change time' }).click();
  const tomorrow = new Date(Date.now() + 36 * 3600_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await page.getByLabel('When').fill(local);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('A session cannot be in the future: enter when it happened.')).toBeVisible();
  await expect(page).toHaveURL(/\/sessions\/new/);
});

test('a rat’s page shows its trust step, the sessions that decided it, and a handling plan with reasons', async ({ page }) => {
  await signIn(page, DEMO.foster);
  await page.getByRole('region', { name: 'The lads' }).getByTestId('rat-Bramble').click();
  await expect(page).toHaveURL(/\/rats\/\d+$/);
  await page.getByRole('navigation', { name: 'Rat record sections' }).getByRole('link', { name: 'Handling' }).click();
  await expect(page.getByTestId('current-step')).toHaveText(/^Step \d$/);
  await expect(page.getByTestId('step-explanation')).toContainText(/reached in \d of the last 3 sessions/);
  await expect(page.getByText('Why:').first()).toBeVisible();
});

test('staff opening Log a session with no rat or cage choose a home first, then see only that home’s rats', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/sessions/new');
  await expect(page.getByRole('button', { name: 'Biscuit' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Foster home' }).selectOption({ label: 'Willow House' });
  await page.getByRole('button', { name: 'Show its rats' }).click();
  await expect(page).toHaveURL(/\/sessions\/new\?home=\d+$/);
  // Willow House's lads are offered; Maple Cottage's Pudding is not.
  for (const name of ['Biscuit', 'Bramble', 'Winston']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pudding', exact: true })).toHaveCount(0);
});
