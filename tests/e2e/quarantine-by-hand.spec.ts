import { expect, test } from '@playwright/test';
import { addDays, toIsoDate } from '../../lib/domain/dates';
import { formatShortDate } from '../../lib/domain/quarantine';
import { formatDate } from '../../lib/format';
import { DEMO, signIn } from './helpers';

test('a coordinator starts show quarantines for two cage-mates, a sneeze in one moves both planned ends, and one is extended with a reason', async ({ page }) => {
  const today = toIsoDate(new Date());
  const started = addDays(today, -10);
  await signIn(page, DEMO.coordinator);

  // A show ten days ago: the planned end is 42 days after the start.
  await page.goto('/quarantine');
  await page.getByRole('link', { name: 'Start a quarantine' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a quarantine');
  await page.getByLabel('Rat').selectOption({ label: (await page.getByLabel('Rat').locator('option', { hasText: /^Ginger / }).innerText()).trim() });
  await page.getByLabel('Reason').selectOption('show');
  await page.getByLabel('Starts on').fill(started);
  await page.getByRole('button', { name: 'Start quarantine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ginger is in quarantine' })).toHaveText(`Ginger is in quarantine (back from a show) from ${formatShortDate(started)} until ${formatShortDate(addDays(started, 42))}.`);
  await expect(page.getByTestId('quarantine-Ginger').getByTestId('planned-end')).toHaveText(formatDate(addDays(started, 42)));

  // His cage-mate joins his cohort.
  await page.getByRole('link', { name: 'Start a quarantine' }).click();
  await page.getByLabel('Rat').selectOption({ label: (await page.getByLabel('Rat').locator('option', { hasText: /^Rolo / }).innerText()).trim() });
  await page.getByLabel('Reason').selectOption('show');
  await page.getByLabel('Starts on').fill(started);
  await page.getByLabel('Cohort', { exact: true }).selectOption({ label: `Ginger: back from a show from ${formatShortDate(started)}` });
  await page.getByRole('button', { name: 'Start quarantine' }).click();
  await expect(page.getByTestId('quarantine-Rolo').getByTestId('planned-end')).toHaveText(formatDate(addDays(started, 42)));

  // A sneeze in Rolo today restarts both clocks: 42 days from today.
  const roloHref = await page.getByTestId('quarantine-Rolo').getByRole('link', { name: 'Rolo' }).getAttribute('href');
  await page.goto(`${roloHref}/health`);
  await page.getByRole('radio', { name: 'Illness or symptom' }).click();
  await page.getByRole('button', { name: 'Sneezing', pressed: false }).click();
  await page.getByRole('button', { name: 'Save symptoms' }).click();
  await expect(page.getByText(/Ginger shares Rolo’s cage and air: quarantine restarted on \d+ \w+ after sneezing/)).toBeVisible();
  await page.goto('/quarantine');
  for (const name of ['Ginger', 'Rolo']) {
    await expect(page.getByTestId(`quarantine-${name}`).getByTestId('planned-end')).toHaveText(formatDate(addDays(today, 42)));
  }
  await expect(page.getByTestId('quarantine-Ginger').getByTestId('restart-reason')).toContainText('in cage-mate Rolo');

  // Extend Ginger's by a week, with the reason.
  await page.getByTestId('quarantine-Ginger').getByRole('link', { name: 'Extend quarantine' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extend Ginger’s quarantine');
  await page.getByLabel('New planned end').fill(addDays(today, 49));
  await page.getByLabel('Why the quarantine goes on').fill('Vet wants one more week of checks');
  await page.getByRole('button', { name: 'Extend quarantine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'extended' })).toContainText(
    `Ginger’s quarantine extended from ${formatShortDate(addDays(today, 42))} to ${formatShortDate(addDays(today, 49))}: Vet wants one more week of checks`,
  );
  await expect(page.getByTestId('quarantine-Ginger').getByTestId('planned-end')).toHaveText(formatDate(addDays(today, 49)));

  // Releasing Rolo while Ginger stays asks for a confirmation naming Ginger (the clock has not run out yet, so the rules refuse first).
  await page.getByTestId('quarantine-Rolo').getByRole('button', { name: 'Release Rolo' }).click();
  await expect(page.getByTestId('quarantine-Rolo').getByRole('alert')).toContainText(/Quarantine runs until .*restarted after sneezing on \d+ \w+/);
  await page.screenshot({ path: 'test-results/quarantine-by-hand.png', fullPage: true });
});
