import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

// Fosters assess rats on a phone next to the cage.
test.use({ viewport: { width: 390, height: 844 } });

/** The id of a rat the signed-in user sees on /rats, by name. */
async function ratId(page: Page, name: string): Promise<string> {
  await page.goto('/rats');
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  const id = href?.match(/^\/rats\/(\d+)$/)?.[1];
  expect(id, `a link to ${name}`).toBeTruthy();
  return id!;
}

/** The id of a rat of another home than Willow House, as a coordinator sees it. */
async function mapleCottageRatId(browser: Browser, baseURL: string | undefined): Promise<string> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await page.goto('/rats');
  const href = await page.getByRole('row').filter({ hasText: 'Maple Cottage' }).first().getByRole('link').first().getAttribute('href');
  await context.close();
  return href!.split('/').pop()!;
}

function assessmentCount(page: Page) {
  return page.getByRole('heading', { name: /^All assessments/ });
}

async function scoreAll(page: Page, scores: [number, number, number, number]) {
  const groups = ['Approach', 'Handling tolerance', 'Confidence in a new space', 'Sociability with rats'];
  for (const [i, name] of groups.entries()) {
    await page.getByRole('radiogroup', { name }).getByRole('radio', { name: new RegExp(`^${scores[i]}\\b`) }).check();
  }
}

test('a foster assesses a rat of their own home on a phone and sees it in the list and the trend', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const id = await ratId(page, 'Bean');
  await page.goto(`/rats/${id}/assessments`);
  const before = Number((await assessmentCount(page).textContent())?.match(/\((\d+)\)/)?.[1]);

  await page.getByRole('link', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Assess Bean' })).toBeVisible();
  await scoreAll(page, [2, 1, 3, 4]);
  await page.getByRole('radiogroup', { name: 'Bite risk' }).getByRole('radio', { name: /^Medium/ }).check();
  await page.getByRole('radiogroup', { name: 'Temperament category' }).getByRole('radio', { name: /^Fearful/ }).check();
  await page.getByRole('group', { name: 'Fear triggers' }).getByRole('checkbox', { name: 'Hands in the cage' }).check();
  await page.getByRole('group', { name: 'Fear triggers' }).getByRole('checkbox', { name: 'Loud noises' }).check();
  await page.getByRole('group', { name: 'Likely background' }).getByRole('checkbox', { name: 'Stressful surroundings' }).check();
  await page.getByLabel(/^Notes/).fill('Takes a treat through the bars, still hides from hands.');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  await expect(page).toHaveURL(new RegExp(`/rats/${id}/assessments\\?saved=\\d+$`));
  await expect(page.getByText('Assessment saved.')).toBeVisible();
  await expect(assessmentCount(page)).toHaveText(`All assessments (${before + 1})`);
  const saved = page.getByTestId('assessment').first();
  await expect(saved).toContainText('Fearful');
  await expect(saved).toContainText('Medium bite risk');
  await expect(saved).toContainText('Takes a treat through the bars, still hides from hands.');
  await expect(saved.getByRole('list', { name: 'Fear triggers' })).toContainText('Loud noises');
  // The newest assessment is the end of every line on the trend.
  await expect(
    page.getByRole('img', { name: /^Temperament trend\. \d+ assessments from .*Approach \d of 5 → 2 of 5 .*handling tolerance \d of 5 → 1 of 5 .*sociability with rats \d of 5 → 4 of 5/ }),
  ).toBeVisible();
  // The handling plan reads the new assessment: a fear of loud noises becomes a caution.
  await expect(page.getByText('Handle it in a quiet room, away from the TV, the vacuum cleaner and slamming doors.')).toBeVisible();
});

test('an assessment without a temperament category gets a clear message, keeps the answers, and writes nothing', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const id = await ratId(page, 'Moth');
  await page.goto(`/rats/${id}/assessments`);
  const before = await assessmentCount(page).textContent();

  await page.goto(`/rats/${id}/assessments/new`);
  await scoreAll(page, [1, 1, 2, 3]);
  await page.getByRole('radiogroup', { name: 'Bite risk' }).getByRole('radio', { name: /^Low/ }).check();
  await page.getByRole('checkbox', { name: 'Rustling' }).check();
  await page.getByRole('button', { name: 'Save assessment' }).click();

  await expect(page.getByText('Choose a temperament category.')).toBeVisible();
  await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Temperament category' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`/rats/${id}/assessments/new$`));
  await expect(page.getByRole('radiogroup', { name: 'Approach' }).getByRole('radio', { name: /^1\b/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Rustling' })).toBeChecked();

  await page.goto(`/rats/${id}/assessments`);
  await expect(assessmentCount(page)).toHaveText(before!);
});

test('a foster gets not-found for the assessments of a rat in another home', async ({ page, browser, baseURL }) => {
  const otherId = await mapleCottageRatId(browser, baseURL);
  await signIn(page, DEMO.foster);
  for (const path of [`/rats/${otherId}/assessments`, `/rats/${otherId}/assessments/new`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});

test('a coordinator sees Willow House and this week’s bite in the handling report, and acknowledges it', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/reports');
  await page.getByRole('link', { name: /Handling by foster home/ }).click();
  await expect(page).toHaveURL(/\/reports\/handling$/);
  // The report is paged by rats; choosing a home shows that home's rats.
  await page.getByLabel('Foster home', { exact: true }).selectOption({ label: 'Willow House' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/reports\/handling\?home=\d+$/);

  const willow = page.getByRole('region', { name: 'Willow House' });
  await expect(willow).toBeVisible();
  await expect(willow.getByRole('table', { name: 'Rats at Willow House' }).getByRole('link', { name: 'Badger' })).toBeVisible();
  await expect(willow.getByRole('img', { name: /^Badger: Sessions per week, oldest first/ })).toBeVisible();

  const bite = page.getByTestId('incident').filter({ hasText: 'Badger' });
  await expect(bite).toContainText('Willow House');
  await expect(bite).toContainText('Not acknowledged');
  await bite.getByRole('button', { name: 'Acknowledge Badger’s bite' }).click();
  await expect(bite).toContainText('Acknowledged by Casey Coordinator');
  await expect(bite.getByRole('button', { name: /Acknowledge/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('incident').filter({ hasText: 'Badger' })).toContainText('Acknowledged by Casey Coordinator');
});

test('a foster gets not-found for the handling report', async ({ page }) => {
  await signIn(page, DEMO.foster);
  const response = await page.goto('/reports/handling');
  expect(response?.status()).toBe(404);
});
