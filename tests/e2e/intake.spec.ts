import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

async function fillRat(page: Page, n: number, rat: { name: string; sex?: 'female' | 'male'; ageWeeks?: string; variety?: string }) {
  await page.getByLabel(`Rat ${n} name`).fill(rat.name);
  if (rat.sex) await page.getByLabel(`Rat ${n} sex`).selectOption(rat.sex);
  if (rat.ageWeeks) await page.getByLabel(`Rat ${n} age in weeks`).fill(rat.ageWeeks);
  if (rat.variety) await page.getByLabel(`Rat ${n} variety`).fill(rat.variety);
}

async function copyFromAbove(page: Page, n: number, name: string) {
  await page.getByRole('button', { name: `Copy from the row above into rat ${n}` }).click();
  await page.getByLabel(`Rat ${n} name`).fill(name);
}

/** Chooses the option whose text mentions `text` (option labels carry occupancy and quarantine notes). */
async function chooseOption(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).getAttribute('value');
  await select.selectOption(value!);
}

test('staff record a mixed-sex hoarding intake of six rats in one form; the females’ cage group is refused by a home that cannot quarantine and placed at Oak Barn', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/intakes/new');
  await page.getByLabel('Source', { exact: true }).selectOption('hoarding');
  await page.getByLabel('Source details').fill('Council referral, flat in Armley');
  await page.getByLabel('Reason').fill('Owner evicted');
  await page.getByLabel(/Mixed-sex/).check();

  await fillRat(page, 1, { name: 'Hazelnut', sex: 'female', ageWeeks: '20', variety: 'agouti' });
  await copyFromAbove(page, 2, 'Acorn');
  await page.getByLabel('Rat 2 name').press('Enter');
  await expect(page.getByLabel('Rat 3 name')).toBeFocused();
  await copyFromAbove(page, 3, 'Chestnut');
  await page.getByRole('button', { name: 'Add a rat' }).click();
  await fillRat(page, 4, { name: 'Conker', sex: 'male', ageWeeks: '24', variety: 'black hooded' });
  await page.getByRole('button', { name: 'Add a rat' }).click();
  await copyFromAbove(page, 5, 'Beech');
  await page.getByRole('button', { name: 'Add a rat' }).click();
  await copyFromAbove(page, 6, 'Sycamore');
  await expect(page.getByLabel('Rat 6 sex')).toHaveValue('male');
  await expect(page.getByText('Hoarding case', { exact: false }).filter({ hasText: '— females (3)' })).toBeVisible();

  await page.getByRole('button', { name: 'Record intake of 6 rats' }).click();
  await expect(page).toHaveURL(/\/intakes\/\d+\?recorded=1$/);
  const intakeUrl = page.url();
  await expect(page.getByText('Intake recorded.')).toBeVisible();

  const table = page.getByRole('table', { name: 'Rats of this intake' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  const codes = (await rows.locator('td:first-child').allInnerTexts()).map((c) => c.trim());
  expect(new Set(codes).size).toBe(6);
  for (const code of codes) expect(code).toMatch(/^R-\d{4}-\d{4,}$/);
  for (const female of ['Hazelnut', 'Acorn', 'Chestnut']) {
    await expect(rows.filter({ hasText: female }).getByText(/Pregnancy watch until/)).toBeVisible();
  }
  for (const male of ['Conker', 'Beech', 'Sycamore']) {
    await expect(rows.filter({ hasText: male }).getByText(/Pregnancy watch/)).toHaveCount(0);
  }

  // The rats table, filtered to this intake (the table pages, so look at just these rats).
  const intakeId = intakeUrl.match(/\/intakes\/(\d+)/)![1];
  await page.goto(`/rats?intake=${intakeId}`);
  for (const code of codes) await expect(page.getByText(code, { exact: true })).toBeVisible();

  await page.goto(intakeUrl);
  await page.getByRole('link', { name: /^Place .* — females$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/— females$/);
  const moveForm = page.locator('#move-group');
  await chooseOption(moveForm.getByLabel('Place in'), 'Maple Cottage');
  await moveForm.getByLabel('Reason').fill('First placement after intake');
  await moveForm.getByRole('button', { name: 'Place cage group' }).click();
  await expect(page.getByText('Acorn, Chestnut and Hazelnut are in quarantine, and Maple Cottage cannot quarantine (it has no separate airspace).', { exact: false })).toBeVisible();
  await expect(page.getByText('Awaiting placement in a foster home')).toBeVisible();

  await chooseOption(moveForm.getByLabel('Place in'), 'Oak Barn');
  await expect(moveForm.getByLabel('Reason')).toHaveValue('First placement after intake');
  await moveForm.getByRole('button', { name: 'Place cage group' }).click();
  await expect(page.getByText(/moved to Oak Barn with 3 rats/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Oak Barn' })).toBeVisible();
  await expect(page.getByText('Awaiting placement in a foster home')).toHaveCount(0);
});

test('a foster home edit with an empty name and a negative capacity gets field messages and nothing is written', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/foster-homes');
  await page.getByRole('link', { name: 'Birch Flat' }).click();
  await expect(page).toHaveURL(/\/foster-homes\/\d+$/);
  const homeUrl = page.url();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Home name').fill('');
  await page.getByLabel('Capacity in rats').fill('-1');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();
  await expect(page.getByText('Enter the home’s name, like “Willow House”.')).toBeVisible();
  await expect(page.getByText('Capacity in rats cannot be negative.')).toBeVisible();
  await expect(page.getByLabel('Capacity in rats')).toHaveValue('-1');
  await expect(page.getByLabel('Home name')).toHaveAttribute('aria-invalid', 'true');

  await page.goto(homeUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Birch Flat');
  await expect(page.getByRole('meter', { name: 'Rats' })).toHaveAttribute('aria-valuemax', '4');
  await expect(page.getByText('Edited foster home')).toHaveCount(0);
});

test('a foster gets not-found on intake, foster home and cage group pages', async ({ page }) => {
  await signIn(page, DEMO.foster);
  for (const path of ['/intakes/new', '/foster-homes/1', '/cage-groups/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
