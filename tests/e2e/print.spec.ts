import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** Every line of text in a PDF, read with Mozilla's PDF.js (pdfjs-dist, a dev dependency). */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

async function ratPath(page: Page, name: string): Promise<string> {
  await page.goto(`/rats?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page).toHaveURL(/\/rats\/\d+$/);
  return new URL(page.url()).pathname;
}

test('the print view of a rat’s record, rendered to PDF, holds its name, code, trust step and health timeline, and no navigation or buttons', async ({ page }) => {
  await signIn(page, DEMO.staff);
  const path = await ratPath(page, 'Truffle');
  await page.getByRole('link', { name: 'Printable record' }).click();
  await expect(page).toHaveURL(`${path}/record`);
  await expect(page.getByRole('heading', { level: 1, name: 'Truffle' })).toBeVisible();
  const code = (await page.getByTestId('rat-code').innerText()).trim();
  const step = (await page.getByTestId('current-step').innerText()).trim();
  const timeline = page.getByRole('list', { name: 'Health timeline' });
  const firstEvent = (await timeline.getByRole('listitem').first().locator('p').nth(1).innerText()).trim();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(code).toMatch(/^R-\d{4}-\d{4}$/);
  expect(step).toMatch(/^Step \d$/);
  for (const wanted of ['Truffle', code, step, 'Health timeline', firstEvent, 'Temperament', 'Trust step and progress']) expect(text).toContain(wanted);
  for (const unwanted of ['Sign out', 'Print', 'Skip to content', 'Demo rescue']) expect(text).not.toContain(unwanted);
});

test('a foster home’s care sheet prints its cage groups, rats and quarantine end days without the app around it', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/foster-homes');
  await page.getByRole('link', { name: 'Willow House' }).first().click();
  await page.getByRole('link', { name: 'Care sheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willow House' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Medication due' })).toBeVisible();
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  for (const wanted of ['Willow House', 'Cage groups and rats', 'Spare room girls', 'Quarantine ends', 'Medication due']) expect(text).toContain(wanted);
  for (const unwanted of ['Sign out', 'Dashboard']) expect(text).not.toContain(unwanted);
});
