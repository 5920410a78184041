import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';
import { DEMO_URL } from './urls';

test('ids past the database’s integer in URLs are “not found”, never a server error', async ({ page }) => {
  await signIn(page, DEMO.staff);
  for (const path of ['/rats/2147483648', '/rats/99999999999', '/foster-homes/3000000000', '/intakes/99999999999', '/rats/1e3', '/litters/new?dam=99999999999']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const response = await page.goto('/rats?intake=99999999999&home=99999999999&page=99999999999');
  expect(response?.status()).toBe(200);
});

test('a 22 MB spreadsheet is refused with the size limit in words before anything is sent', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats/import');
  const big = Buffer.alloc(22 * 1024 * 1024, 'Pip,f\r\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from('Name,Sex\r\n'), big]) });
  await expect(page.getByText('The file is too large: at most 10 MB. Split it and import it in parts.')).toBeVisible();
});

test('a spreadsheet that is not UTF-8 is refused with how to save it, not imported with garbled names', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/rats/import');
  // "Zoë" in Windows-1252: the ë is the single byte 0xEB, which is not UTF-8.
  const latin1 = Buffer.concat([Buffer.from('Name,Sex\r\nZo'), Buffer.from([0xeb]), Buffer.from(',f\r\n')]);
  await page.getByLabel('CSV file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  await expect(page.getByText(/The file is not saved as UTF-8 text/)).toBeVisible();
  await page.screenshot({ path: 'test-results/import-not-utf8.png', fullPage: true });
  await expect(page.getByText('2. Match the columns')).toHaveCount(0);
});

test('a request with an empty Origin header gets a plain 400, not a server error', async () => {
  const response = await fetch(`${DEMO_URL}/rats/import`, { method: 'POST', headers: { origin: '', 'next-action': '0'.repeat(42), 'content-type': 'text/plain' }, body: '[]' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('the Origin header is not a web address');
});

test('a hand-made 22 MB request to an action gets the size limit in words, not a server error', async () => {
  const response = await fetch(`${DEMO_URL}/rats/import`, {
    method: 'POST',
    headers: { origin: DEMO_URL, 'next-action': '0'.repeat(42), 'content-type': 'text/plain' },
    body: 'x'.repeat(22 * 1024 * 1024),
  });
  expect(response.status).toBe(413);
  expect(await response.text()).toContain('The file is too large: at most 10 MB');
});
