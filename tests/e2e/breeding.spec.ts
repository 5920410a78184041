import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

async function optionValue(page: Page, label: string, name: string): Promise<string> {
  return page.getByLabel(label).locator('option', { hasText: new RegExp(`^${name} \\(`) }).getAttribute('value').then((v) => v ?? '');
}

test('staff plan a pairing of first cousins (their dams full sisters): COI 6.25% from the shared grandparents', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/breeding/pairings/new');
  await page.getByLabel('Doe').selectOption(await optionValue(page, 'Doe', 'Damson'));
  await page.getByLabel('Buck').selectOption(await optionValue(page, 'Buck', 'Teasel'));
  await page.getByLabel('Goals (optional)').fill('Calm, confident kittens');
  await page.getByRole('button', { name: 'Plan pairing' }).click();
  await expect(page).toHaveURL(/\/breeding\/pairings\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Damson × Teasel' })).toBeVisible();
  await expect(page.getByTestId('pairing-coi')).toHaveText('COI 6.25%');
  const shared = page.getByRole('list', { name: 'Shared ancestors' });
  await expect(shared.getByTestId('shared-ancestor')).toHaveCount(2);
  await expect(shared).toContainText('Celandine');
  await expect(shared).toContainText('Larkspur');
  await expect(shared.getByText('+3.125%')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/breeding-pairing.png', fullPage: true });
});

test('staff plan a pairing of half first cousins: COI 3.125%', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/breeding/pairings/new');
  await page.getByLabel('Doe').selectOption(await optionValue(page, 'Doe', 'Sloe'));
  await page.getByLabel('Buck').selectOption(await optionValue(page, 'Buck', 'Teasel'));
  await page.getByRole('button', { name: 'Plan pairing' }).click();
  await expect(page.getByRole('heading', { name: 'Sloe × Teasel' })).toBeVisible();
  await expect(page.getByTestId('pairing-coi')).toHaveText('COI 3.125%');
  await expect(page.getByRole('list', { name: 'Shared ancestors' })).toContainText('Celandine');
});

test('staff record the litter: the kittens appear, one session is logged for the whole litter, and a kitten’s pedigree shows four generations', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/breeding/pairings/new');
  const wrenId = await optionValue(page, 'Doe', 'Damson');
  await page.goto(`/litters/new?dam=${wrenId}`);
  await expect(page.getByRole('heading', { name: 'Record a litter for Damson' })).toBeVisible();
  await page.getByLabel('Kittens alive', { exact: true }).fill('4');
  await page.getByLabel('Sire').selectOption({ label: (await page.getByLabel('Sire').locator('option', { hasText: /^Teasel \(/ }).textContent()) ?? '' });
  await page.getByRole('button', { name: 'Record litter' }).click();
  await expect(page).toHaveURL(/\/litters\/\d+\?recorded=1$/);
  const kittens = page.getByRole('table', { name: 'Kittens' }).getByRole('row');
  await expect(kittens).toHaveCount(5);
  for (let n = 1; n <= 4; n++) await expect(page.getByRole('link', { name: `Damson kitten ${n}`, exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Log a session for the whole litter' }).click();
  await expect(page.getByRole('heading', { name: 'Log a session for the whole litter' })).toBeVisible();
  for (let n = 1; n <= 4; n++) await expect(page.getByRole('group', { name: `Damson kitten ${n}'s result` }).or(page.getByLabel(`Damson kitten ${n}'s result`))).toBeVisible();
  await page.getByRole('button', { name: 'Damson kitten 2: one step higher' }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page).toHaveURL(/\/litters\/\d+\?logged=4$/);
  await expect(page.getByText('Session logged for the whole litter: 4 kittens, each with its own step.')).toBeVisible();
  const kitten2 = page.getByRole('row', { name: /Damson kitten 2/ });
  await expect(kitten2.getByRole('cell').nth(5)).toHaveText('1');

  await page.getByRole('link', { name: 'Damson kitten 1', exact: true }).click();
  await page.getByRole('link', { name: 'Pedigree' }).click();
  await expect(page.getByRole('heading', { name: 'Pedigree of Damson kitten 1' })).toBeVisible();
  const chart = page.getByTestId('pedigree-chart');
  await expect(chart).toHaveAttribute('data-generations', '4');
  await expect(page.getByText('4 of 4 generations known')).toBeVisible();
  await expect(chart.getByRole('region', { name: 'Parents', exact: true })).toContainText('Damson');
  await expect(chart.getByRole('region', { name: 'Parents', exact: true })).toContainText('Teasel');
  await expect(chart.getByRole('region', { name: 'Grandparents', exact: true })).toContainText('Primrose');
  await expect(chart.getByRole('region', { name: 'Great-great-grandparents', exact: true })).toContainText('Moonbeam');
  await expect(page.getByRole('heading', { name: 'Coefficient of inbreeding: 6.25%' })).toBeVisible();
  await page.screenshot({ path: 'test-results/breeding-pedigree.png', fullPage: true });
});
