import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a coordinator sees the optimal pairing with reasons and the unpaired with why, proposes a pair, starts its trial, approves it and records its adoption', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/matching');
  await expect(page.getByRole('heading', { name: 'Optimal pairing of the available rats' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /pairs? covering/ })).toContainText('no other pairing of these');

  const pair = page.getByTestId('pair').filter({ hasText: 'Tilly' });
  await expect(pair).toContainText('Olive');
  await expect(pair.getByRole('list', { name: 'Reasons' })).toContainText('Olive is confident and can steady Tilly, who is shy.');
  await expect(pair).toContainText(/Score \d+/);

  const unpaired = page.getByRole('list', { name: 'Unpaired' }).getByTestId('unpaired');
  await expect(unpaired.first()).toBeVisible();
  for (const item of await unpaired.all()) await expect(item).toContainText(/better used elsewhere|No safe companion|quarantine|reserved|split by sex/);
  await screenshots(page, 'matching-optimal');

  await pair.getByRole('button', { name: 'Propose Olive with Tilly' }).click();
  const proposal = page.getByTestId('proposal').filter({ hasText: 'Tilly' });
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Proposed');
  await expect(proposal.getByRole('list', { name: 'Reasons' })).toContainText('Olive is confident and can steady Tilly');
  // Proposed rats are spoken for: the pairing no longer offers them.
  await expect(page.getByTestId('pair').filter({ hasText: 'Tilly' })).toHaveCount(0);

  await proposal.getByRole('button', { name: 'Start the trial of Olive, Tilly' }).click();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('On trial');
  await expect(proposal).toContainText('A trial introduction is planned');

  await proposal.getByRole('button', { name: 'Approve Olive, Tilly' }).click();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Approved');
  await page.reload();
  await expect(page.getByTestId('proposal').filter({ hasText: 'Tilly' }).getByTestId('proposal-status')).toHaveText('Approved');

  // Tilly's handling is still below the ready step: the coordinator declares her ready, with why.
  await page.goto('/rats?q=Tilly');
  await page.getByRole('link', { name: 'Tilly', exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Rat record sections' }).getByRole('link', { name: 'Readiness' }).click();
  await expect(page).toHaveURL(/tab=readiness/);
  await page.getByLabel('Why this rat is ready anyway').fill('Calm with Olive through the trial; the adopter knows shy rats.');
  await page.getByRole('button', { name: 'Declare ready on the trust step' }).click();
  await expect(page.getByText('Tilly is declared ready on the trust step.')).toBeVisible();

  // An approved adopter takes the approved pair home: both are adopted.
  await page.goto(`/adopters?q=${encodeURIComponent('Tom Okafor')}`);
  await page.getByRole('link', { name: 'Tom Okafor', exact: true }).click();
  await page.getByText(/Units that do not fit/).click();
  await page.getByRole('checkbox', { name: /^Olive/ }).check();
  await page.getByRole('checkbox', { name: /^Tilly/ }).check();
  await page.getByRole('button', { name: 'Record adoption' }).click();
  await expect(page.getByText(/Adoption recorded: (Olive and Tilly|Tilly and Olive) are now adopted\./)).toBeVisible();
  for (const name of ['Olive', 'Tilly']) {
    await page.goto(`/rats?q=${name}`);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Adopted');
  }
});

test('a coordinator sees the best partners for one rat, ranked with scores and reasons, and the blocked ones with why', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/matching?view=partners');
  await page.getByLabel('Rat', { exact: true }).selectOption({ label: 'Marigold' });
  await page.getByRole('button', { name: 'Show partners' }).click();
  await expect(page).toHaveURL(/rat=\d+/);
  const ranked = page.getByRole('list', { name: 'Ranked partners' }).getByTestId('partner');
  await expect(ranked.first()).toContainText(/Score \d+/);
  await expect(ranked.first().getByRole('list', { name: 'Reasons' })).toContainText('can steady Marigold');
  await expect(page.getByRole('list', { name: 'Blocked partners' })).toContainText(/intact male and Marigold is female/);
  await screenshots(page, 'matching-partners');
});

test('a foster cannot open Matching: it is not found', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const response = await page.goto('/matching');
  expect(response?.status()).toBe(404);
});
