import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO, signIn } from './helpers';

/** The rat's page URL, found by its name in the rats list of whoever is signed in on `page`. */
async function ratPath(page: Page, name: string): Promise<string> {
  await page.goto('/rats');
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page).toHaveURL(/\/rats\/\d+$/);
  return new URL(page.url()).pathname;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** A small real PNG, made in the test: the server checks the bytes, not the name. */
function tinyPng() {
  return sharp({ create: { width: 96, height: 72, channels: 3, background: '#b5651d' } }).png().toBuffer();
}

async function uploadPhoto(page: Page, path: string, caption: string) {
  await page.goto(`${path}?tab=photos`);
  await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'rat.png', mimeType: 'image/png', buffer: await tinyPng() });
  await page.getByLabel('Caption (optional)').fill(caption);
  await page.getByRole('button', { name: 'Upload photo' }).click();
}

test('two people edit the same rat: the second save is refused with what changed and by whom, and the first edit is kept', async ({ browser }) => {
  const staff = await signedIn(browser, DEMO.staff);
  const coordinator = await signedIn(browser, DEMO.coordinator);
  const path = await ratPath(staff.page, 'Bluebell');
  await coordinator.page.goto(path);
  const originalMarkings = await coordinator.page.getByLabel('Markings').inputValue();

  await staff.page.getByLabel('Name', { exact: true }).fill('Bluebelle');
  await staff.page.getByRole('button', { name: 'Save profile' }).click();
  await expect(staff.page.getByText('Saved Bluebelle’s profile.')).toBeVisible();

  await coordinator.page.getByLabel('Markings').fill('capped');
  await coordinator.page.getByRole('button', { name: 'Save profile' }).click();
  const refusal = coordinator.page.getByText(/^Sam Staff changed this rat at \d\d:\d\d while you were editing/);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('name Bluebell → Bluebelle');
  await expect(refusal).toContainText('Your changes were not saved; they are still in the form');
  // The coordinator's change is still in the form, on top of the name Sam saved.
  await expect(coordinator.page.getByLabel('Markings')).toHaveValue('capped');
  await expect(coordinator.page.getByLabel('Name', { exact: true })).toHaveValue('Bluebelle');

  await coordinator.page.reload();
  await expect(coordinator.page.getByLabel('Name', { exact: true })).toHaveValue('Bluebelle');
  await expect(coordinator.page.getByLabel('Markings')).toHaveValue(originalMarkings);
  await expect(coordinator.page.getByRole('heading', { level: 1 })).toHaveText('Bluebelle');

  // Leave the demo rescue as it was for other specs.
  await staff.page.reload();
  await staff.page.getByLabel('Name', { exact: true }).fill('Bluebell');
  await staff.page.getByRole('button', { name: 'Save profile' }).click();
  await expect(staff.page.getByText('Saved Bluebell’s profile.')).toBeVisible();
  await staff.context.close();
  await coordinator.context.close();
});

test('an invalid profile edit shows field messages and saves nothing', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Bluebell');
  await page.getByLabel('Name', { exact: true }).fill('  ');
  await page.getByLabel('Birth date', { exact: true }).fill('2099-01-01');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(page.getByText(/^The birth date is in the future/)).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.goto(path);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Bluebell');
});

test('an uploaded PNG photo shows on the rat page as its main photo', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Rocco');
  await expect(page.getByTestId('rat-photo-placeholder')).toBeVisible();
  await uploadPhoto(page, path, 'Rocco on the shoulder');
  await expect(page.getByText('Added the photo: it is Rocco’s main photo.')).toBeVisible();

  const main = page.getByTestId('rat-main-photo');
  await expect(main).toBeVisible();
  await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('rat-photo').filter({ hasText: 'Rocco on the shoulder' })).toContainText('Main photo');

  await page.goto(path);
  await expect(page.getByTestId('rat-main-photo')).toBeVisible();
});

test('a file that is not an image is refused whatever its name says', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Dexter');
  await page.goto(`${path}?tab=photos`);
  await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'dexter.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all, just text') });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByText('That file is not a photo Ratwise can read. Upload a JPEG, PNG or WebP image.').first()).toBeVisible();
  await expect(page.getByText('No photos of Dexter yet')).toBeVisible();
});

test('a foster opening the photo URL of another home’s rat gets not found; the rat’s own foster sees it', async ({ browser }) => {
  const staff = await signedIn(browser, DEMO.staff);
  const path = await ratPath(staff.page, 'Poppy'); // Maple Cottage
  await uploadPhoto(staff.page, path, 'Poppy in the hammock');
  await expect(staff.page.getByText('Added the photo: it is Poppy’s main photo.')).toBeVisible();
  const photoUrl = await staff.page.getByTestId('rat-main-photo').getAttribute('src');
  expect(photoUrl).toMatch(/^\/api\/rats\/\d+\/photos\/\d+\?size=thumb$/);

  const willow = await signedIn(browser, DEMO.foster);
  expect((await willow.page.request.get(photoUrl!)).status()).toBe(404);
  expect((await willow.page.request.get(photoUrl!.replace('?size=thumb', ''))).status()).toBe(404);
  expect((await willow.page.goto(path))?.status()).toBe(404);

  const maple = await signedIn(browser, DEMO.foster2);
  const own = await maple.page.request.get(photoUrl!);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toBe('image/webp');
  expect(own.headers()['cache-control']).toContain('private');

  const signedOut = await browser.newContext();
  expect((await signedOut.request.get(new URL(photoUrl!, staff.page.url()).toString())).status()).toBe(404);
  await Promise.all([staff.context.close(), willow.context.close(), maple.context.close(), signedOut.close()]);
});

test('a status change with a reason appears in the status history', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Echo');
  await page.goto(`${path}?tab=status`);
  await page.getByLabel('New status').selectOption({ label: 'In care' });
  await page.getByLabel('Reason').fill('Sneezing: back on antibiotics for a week');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Echo is now in care.')).toBeVisible();
  const history = page.getByRole('list', { name: 'Status history' });
  await expect(history.getByRole('listitem').first()).toContainText('Sneezing: back on antibiotics for a week');
  await expect(history.getByRole('listitem').first()).toContainText('Sam Staff');

  await page.getByLabel('New status').selectOption({ label: 'Available' });
  await page.getByLabel('Reason').fill('Recovered');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Echo is now available.')).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('Recovered');
});

test('recording a death without a reason is refused', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Fern');
  await page.goto(`${path}?tab=status`);
  await page.getByLabel('New status').selectOption({ label: 'Deceased' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Say what happened to Fern: a death is always recorded with its reason.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem').first()).not.toContainText('Deceased');
});

test('a foster sees their own rat read-only on a phone, with sections as tabs', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, DEMO.foster);
  const path = await ratPath(page, 'Bean'); // Willow House
  await expect(page.getByText('Rescue code')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save profile' })).toHaveCount(0);

  const tabs = page.getByRole('navigation', { name: 'Rat record sections' });
  await expect(tabs.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');
  await tabs.getByRole('link', { name: 'Status' }).click();
  await expect(page).toHaveURL(`${path}?tab=status`);
  await expect(tabs.getByRole('link', { name: 'Status' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('list', { name: 'Status history' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);

  await tabs.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('Spare room girls')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Move…' })).toHaveCount(0);
  await context.close();
});
