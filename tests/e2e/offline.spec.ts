import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/*
 * A foster's phone with no signal. The journeys use the "Spare room boys" cage group of Willow
 * House, which no later journey relies on; the one moved to another home is moved back.
 */
test.use({ viewport: { width: 390, height: 844 } });

const GROUP = 'Spare room boys';

/**
 * No signal for the page and for its service worker (Chromium's offline mode alone does not
 * reach a worker's own requests): every request that leaves the browser fails.
 */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

async function goOnline(context: BrowserContext) {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
}

/** Signed in as the Willow House foster, with the home screen kept on the phone for offline use. */
async function fosterReadyForOffline(page: Page) {
  await signIn(page, DEMO.foster);
  await expect(page.getByTestId('offline-ready')).toBeAttached({ timeout: 20_000 });
}

async function boysOf(page: Page): Promise<string[]> {
  const ids = await page.getByRole('region', { name: GROUP }).getByRole('listitem').locator('[data-testid^="rat-"]').evaluateAll((links) => links.map((l) => l.getAttribute('data-testid')!.slice(4)));
  expect(ids.length).toBeGreaterThan(0);
  return ids;
}

async function logSession(page: Page, minutes: string) {
  await page.getByRole('link', { name: `Log a session with ${GROUP}` }).click();
  await expect(page.getByRole('heading', { name: 'Log a session' })).toBeVisible();
  await page.getByRole('radio', { name: minutes, exact: true }).click();
  await page.getByRole('button', { name: 'Sitting by open cage' }).click();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function historyCount(page: Page, ratName: string, text: string): Promise<number> {
  await page.goto('/dashboard');
  await page.getByRole('region', { name: GROUP }).getByTestId(`rat-${ratName}`).click();
  await page.getByRole('link', { name: 'History' }).click();
  const history = page.getByRole('list', { name: 'History' });
  await expect(history).toBeVisible();
  return history.getByText(text).count();
}

async function expectInHistory(page: Page, ratName: string, text: string, count: number) {
  await historyCount(page, ratName, text);
  await expect(page.getByRole('list', { name: 'History' }).getByText(text)).toHaveCount(count);
}

test('with no signal a foster logs two sessions and a weight, still sees them waiting after a reload, and each reaches the server once', async ({ page, context }) => {
  await fosterReadyForOffline(page);
  const [first] = await boysOf(page);
  const before45 = await historyCount(page, first, `Logged a 45-minute handling session with ${first}`);
  const before60 = await historyCount(page, first, `Logged a 60-minute handling session with ${first}`);
  await page.goto('/dashboard');
  await expect(page.getByTestId('offline-ready')).toBeAttached({ timeout: 20_000 });

  await goOffline(context);
  await expect(page.getByTestId('connection')).toHaveText('Offline');
  await logSession(page, '45');
  await logSession(page, '60');
  await page.getByRole('link', { name: `Record weights for ${GROUP}` }).click();
  await page.getByLabel(`${first} (grams)`).fill('495');
  await page.getByRole('button', { name: 'Save weights' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await expect(page.getByTestId('queued-entry')).toHaveCount(3);
  await expect(page.getByTestId('waiting-count')).toHaveText('3 entries waiting to send');

  await page.reload();
  await expect(page.getByTestId('connection')).toHaveText('Offline');
  await expect(page.getByTestId('queued-entry')).toHaveCount(3);
  await expect(page.getByTestId('queued-entry').getByTestId('entry-state').first()).toHaveText(/Waiting to send/);
  await expect(page.getByTestId('snapshot-note')).toContainText('trust steps and handling times may be out of date');
  await expect(page.getByRole('region', { name: GROUP })).toBeVisible();

  await goOnline(context);
  await expect(page.getByTestId('waiting-count')).toHaveText('Nothing waiting to send', { timeout: 20_000 });
  await expect(page.getByTestId('queued-entry')).toHaveCount(0);
  await expect(page.getByTestId('last-sync')).toContainText('today');

  await expectInHistory(page, first, `Logged a 45-minute handling session with ${first}`, before45 + 1);
  await expectInHistory(page, first, `Logged a 60-minute handling session with ${first}`, before60 + 1);
  await expect(page.getByRole('list', { name: 'History' }).getByText(`Recorded weight for ${first}`).filter({ hasText: '495 g' })).toHaveCount(1);
});

test('an entry whose answer was lost is sent again with the same key and saved once', async ({ page, context }) => {
  await fosterReadyForOffline(page);
  const [first] = await boysOf(page);
  const before = await historyCount(page, first, `Logged a 30-minute handling session with ${first}`);
  await page.goto('/dashboard');
  await expect(page.getByTestId('offline-ready')).toBeAttached({ timeout: 20_000 });

  await goOffline(context);
  await logSession(page, '30');
  await expect(page.getByTestId('queued-entry')).toHaveCount(1);

  // The signal returns, but the first answer is lost on the way back: the server saved the
  // session, the phone does not know it and keeps the entry to send again.
  let sent = 0;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route('**/api/sync', async (route) => {
    sent += 1;
    const response = await route.fetch();
    if (sent === 1) return route.abort('connectionreset');
    return route.fulfill({ response });
  });
  await context.setOffline(false);
  await expect(page.getByTestId('entry-state')).toHaveText('Waiting to send (tried once)', { timeout: 15_000 });
  await expect(page.getByTestId('queued-entry')).toHaveCount(0, { timeout: 20_000 });
  expect(sent).toBe(2);
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  await expectInHistory(page, first, `Logged a 30-minute handling session with ${first}`, before + 1);
});

test('a session queued for rats moved to another home meanwhile comes back with the reason and stays on the phone until the foster discards it', async ({ page, context, browser }) => {
  await fosterReadyForOffline(page);
  const boys = await boysOf(page);
  const groupId = new URL((await page.getByRole('link', { name: `Log a session with ${GROUP}` }).getAttribute('href'))!, 'http://x').searchParams.get('group');
  await goOffline(context);
  await logSession(page, '20');
  await expect(page.getByTestId('queued-entry')).toHaveCount(1);

  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staff = await staffContext.newPage();
  await signIn(staff, DEMO.staff);
  const moveGroup = async (to: string) => {
    await staff.goto(`/cage-groups/${groupId}`);
    const select = staff.getByLabel('Move to');
    const label = (await select.locator('option', { hasText: new RegExp(`^${to}`) }).first().innerText()).trim();
    await select.selectOption({ label });
    await staff.locator('#move-group-reason').fill('Checking the offline journey');
    await staff.getByRole('button', { name: 'Move cage group' }).click();
    await expect(staff.getByText(`${GROUP} moved to ${to}`)).toBeVisible();
  };
  await moveGroup('Oak Barn');

  try {
    await goOnline(context);
    const names = [...boys].sort((a, b) => a.localeCompare(b));
    const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const reason = `${who} now ${names.length === 1 ? 'lives' : 'live'} in another home; this session was not saved.`;
    await expect(page.getByTestId('refusal')).toHaveText(`Not saved: ${reason}`, { timeout: 20_000 });
    await expect(page.getByTestId('waiting-count')).toHaveText('Nothing waiting to send');

    await page.reload();
    await expect(page.getByTestId('refusal')).toHaveText(`Not saved: ${reason}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByTestId('queued-entry')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('queued-entry')).toHaveCount(0);
  } finally {
    await moveGroup('Willow House');
    await staffContext.close();
  }
});

/** A small JPEG (a 64 × 48 orange square), as a phone's camera would hand over. */
const JPEG = Buffer.from(
  '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAwAEADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCkBBWwAAAAAAAAAAAAAAAAAAAAAH//2Q==',
  'base64',
);

test('a foster adds a photo of their own rat from the phone, and another home’s foster cannot see it', async ({ page, browser }) => {
  await fosterReadyForOffline(page);
  const [first] = await boysOf(page);
  await page.getByRole('region', { name: GROUP }).getByTestId(`rat-${first}`).click();
  await page.getByRole('link', { name: 'Photos' }).click();
  const input = page.getByLabel('Photo', { exact: true });
  await expect(input).toHaveAttribute('capture', 'environment');
  await expect(input).toHaveAttribute('accept', 'image/*');
  await input.setInputFiles({ name: 'rat.jpg', mimeType: 'image/jpeg', buffer: JPEG });
  await page.getByLabel('Caption (optional)').fill('Out of the hidey');
  await page.getByRole('button', { name: 'Add photo' }).click();
  const photo = page.getByTestId('rat-photo').filter({ hasText: 'Out of the hidey' });
  await expect(photo).toBeVisible({ timeout: 20_000 });
  const src = await photo.locator('img').first().getAttribute('src');
  expect(src).toMatch(/^\/api\/rats\/\d+\/photos\/\d+/);
  const ratPath = new URL(page.url()).pathname;

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO.foster2);
  expect((await other.request.get(src!)).status()).toBe(404);
  expect((await other.goto(ratPath))?.status()).toBe(404);
  await otherContext.close();
});

test('the app installs with its manifest and icons, and signing out leaves nothing of the foster’s on the phone', async ({ page }) => {
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Ratwise', start_url: '/dashboard', display: 'standalone' });
  for (const icon of manifest.icons as Array<{ src: string }>) {
    const response = await page.request.get(icon.src);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }

  await fosterReadyForOffline(page);
  const held = () =>
    page.evaluate(async () => ({
      caches: (await caches.keys()).filter((name) => name.startsWith('ratwise-')).length,
      store: (await indexedDB.databases()).some((db) => db.name === 'ratwise-offline'),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
  expect(await held()).toEqual({ caches: 2, store: true, workers: 1 });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect.poll(held).toEqual({ caches: 0, store: false, workers: 0 });
  // Signed out, the home screen is a redirect to sign-in, and nothing is kept.
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await held()).toEqual({ caches: 0, store: false, workers: 0 });
});
