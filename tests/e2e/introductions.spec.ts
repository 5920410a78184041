import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/*
 * One introduction's life at Willow House: a coordinator plans Ginger & Rolo with The lads, the
 * home's foster logs a meeting on a phone, the coordinator takes it through every stage and marks
 * it bonded. The tests share that introduction, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

let introductionPath = '';

async function pickHome(page: Page, name: string) {
  await page.getByLabel('Home where it runs').selectOption({ label: name });
}

test('planning with a quarantined rat outside its cohort is refused with the reason', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/introductions/new');
  await page.getByRole('button', { name: 'Badger on side A' }).click();
  await page.getByRole('button', { name: 'Winston on side B' }).click();
  await pickHome(page, 'Willow House');
  await page.getByRole('button', { name: 'Plan introduction' }).click();
  await expect(page.getByRole('list', { name: 'Why it cannot go ahead' })).toContainText(
    /Badger is in quarantine until \d{1,2} [A-Z][a-z]{2} and may not meet Winston, who is not in quarantine\./,
  );
  await expect(page).toHaveURL(/\/introductions\/new$/);
});

test('planning an intact male with a female is refused with the reason', async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/introductions/new');
  await page.getByRole('button', { name: 'Rocco on side A' }).click();
  await page.getByRole('button', { name: 'Mabel on side B' }).click();
  await pickHome(page, 'Oak Barn');
  await page.getByRole('button', { name: 'Plan introduction' }).click();
  await expect(page.getByRole('list', { name: 'Why it cannot go ahead' })).toContainText('Rocco is an intact male, and Mabel is female: they may not meet, or there will be a litter.');
});

test('a coordinator plans an introduction between a pair and a trio in one home, going past the warning with a reason', async ({ page }, info) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/introductions');
  await expect(page.getByRole('heading', { name: 'Neutral meeting' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('board-desktop.png'), fullPage: true });

  await page.getByRole('link', { name: 'Plan an introduction' }).first().click();
  await page.getByRole('button', { name: 'Whole group Ginger & Rolo on side A' }).click();
  await page.getByRole('button', { name: 'Whole group The lads on side B' }).click();
  await expect(page.getByText('Ginger & Rolo (2)')).toBeVisible();
  await expect(page.getByText('Biscuit, Bramble & Winston (3)')).toBeVisible();
  await pickHome(page, 'Willow House');
  await page.getByLabel('Run by').selectOption({ label: 'Fran Foster (foster)' });
  await page.getByLabel('Method').selectOption('gradual_neutral_space');
  await page.getByRole('button', { name: 'Plan introduction' }).click();

  await expect(page.getByRole('list', { name: 'Warnings' })).toContainText('adult intact males on both sides');
  await page.getByLabel('Reason to go ahead despite the warnings').fill('Winston keeps the peace; slow intro with a towel ready');
  await page.getByRole('button', { name: 'Go ahead with the reason' }).click();
  await expect(page).toHaveURL(/\/introductions\/\d+\?planned=1$/);
  await expect(page.getByText('Introduction planned.')).toBeVisible();
  await expect(page.getByText('Reason: Winston keeps the peace; slow intro with a towel ready')).toBeVisible();
  introductionPath = new URL(page.url()).pathname;
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the foster of that home logs a meeting in a few taps, and another home’s introduction is not found', async ({ page }, info) => {
    await signIn(page, DEMO.foster);
    await page.goto('/introductions');
    await page.screenshot({ path: info.outputPath('board-phone.png'), fullPage: true });
    await page.getByRole('link', { name: /Ginger & Rolo with Biscuit, Bramble & Winston/ }).click(); // tap 1
    await expect(page).toHaveURL(new RegExp(`${introductionPath}$`));
    await page.getByRole('button', { name: 'Sniffing', pressed: false }).click(); // tap 2
    await page.getByRole('radio', { name: 'Calm' }).click(); // tap 3
    await page.getByRole('button', { name: 'Save meeting' }).click(); // tap 4
    await expect(page.getByText('Meeting logged.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Meetings, newest first' })).toContainText('Logged by Fran Foster');
    await page.screenshot({ path: info.outputPath('detail-phone.png'), fullPage: true });

    const other = await page.goto('/introductions/2'); // the seeded introduction at Oak Barn
    expect(other?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

test('the coordinator records meetings through every stage and marks bonded: one cage group of 5, the former groups closed', async ({ page }, info) => {
  await signIn(page, DEMO.coordinator);
  await page.goto('/foster-homes');
  await page.getByRole('link', { name: 'Willow House' }).first().click();
  const formerGroups = await Promise.all(
    ['Ginger & Rolo', 'The lads'].map((name) => page.getByRole('link', { name, exact: true }).first().getAttribute('href')),
  );

  await page.goto(introductionPath);
  const meetings = page.getByRole('list', { name: 'Meetings, newest first' }).getByRole('listitem');
  let logged = 1; // the foster's
  const log = async (outcome: string, behaviours: string[]) => {
    for (const b of behaviours) await page.getByRole('button', { name: b, pressed: false }).click();
    await page.getByRole('radio', { name: outcome }).click();
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(meetings).toHaveCount(++logged);
  };
  const moveOn = async (to: string) => {
    await page.getByLabel('Move to stage').selectOption({ label: to });
    await page.getByRole('button', { name: 'Change stage' }).click();
    await expect(page.getByText(new RegExp(`Moved on from .* to ${to.toLowerCase()}\\.`))).toBeVisible();
  };

  await log('Went well', ['Sniffing']);
  await expect(page.getByText('The last 2 meetings at the scent swap stage were calm: move on to side by side.')).toBeVisible();
  for (const stage of ['Side by side', 'Neutral meeting', 'Carrier', 'Full cage']) {
    await moveOn(stage);
    await log('Went well', stage === 'Full cage' ? ['Mutual grooming', 'Sleeping together'] : ['Sniffing']);
  }
  await expect(page.getByText(/They slept together in the full cage on \d{1,2} [A-Z][a-z]{2}: mark them bonded/)).toBeVisible();
  await expect(page.getByRole('img', { name: /6 meetings logged/ })).toBeVisible();
  await page.screenshot({ path: info.outputPath('detail-desktop.png'), fullPage: true });

  await page.getByLabel('New cage group name').fill('Willow boys');
  await page.getByRole('button', { name: 'Mark bonded and merge' }).click();
  await expect(page.getByText(/Bonded on \d{1,2} [A-Z][a-z]{2}: they live together in their new cage group\./)).toBeVisible();
  await page.getByRole('link', { name: 'their new cage group' }).click();
  await expect(page.getByRole('heading', { name: 'Willow boys' })).toBeVisible();
  await expect(page.getByText('5 rats live here.')).toBeVisible();

  for (const href of formerGroups) {
    await page.goto(href!);
    await expect(page.getByText(/This cage group closed on/)).toBeVisible();
  }
});
