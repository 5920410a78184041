import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

test('staff record a litter of 8 for a female on pregnancy watch: 8 kittens linked to her, her watch closed, and the split-by-sex alert on the dashboard', async ({ page, browser }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/litters/new');
  await page.getByRole('region', { name: 'On pregnancy watch' }).getByRole('link', { name: /^Bean\b/ }).click();
  await expect(page.getByRole('heading', { name: 'Record a litter for Bean' })).toBeVisible();
  await expect(page.getByText(/Pregnancy watch since/)).toBeVisible();

  await page.getByLabel('Kittens alive', { exact: true }).fill('8');
  await expect(page.getByText('8 kittens get the next rescue codes')).toBeVisible();
  await page.getByRole('button', { name: 'Record litter' }).click();

  await expect(page).toHaveURL(/\/litters\/\d+\?recorded=1$/);
  const litterPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: 'Litter of Bean' })).toBeVisible();
  await expect(page.getByText(/Litter recorded: 8 kittens, R-\d{4}-\d{4} to R-\d{4}-\d{4}\. Pregnancy watch closed: litter born\./)).toBeVisible();
  const kittens = page.getByRole('table', { name: 'Kittens' }).getByRole('row');
  await expect(kittens).toHaveCount(9); // the header and 8 kittens
  for (let n = 1; n <= 8; n++) await expect(page.getByRole('link', { name: `Bean kitten ${n}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bean', exact: true })).toHaveAttribute('href', /^\/rats\/\d+$/);
  await expect(page.getByTestId('pregnancy-closed')).toHaveText(/^Pregnancy watch closed: litter born/);
  await expect(page.getByTestId('separation-deadline')).toContainText('in 35 days');

  // The split by sex is on the staff dashboard at once, and leads back to the litter.
  await page.goto('/dashboard');
  const alert = page.getByRole('link', { name: /Litter of Bean: split by sex by \d+ \w+/ });
  await expect(alert).toBeVisible();
  await alert.click();
  await expect(page).toHaveURL(litterPath);

  // Bean's foster no longer sees her on pregnancy watch; her kittens are in her cage.
  const foster = await (await browser.newContext()).newPage();
  await signIn(foster, DEMO.foster);
  const bean = foster.getByTestId('rat-Bean');
  await expect(bean).toContainText('Litter sex separation');
  await expect(bean).not.toContainText('Pregnancy watch');
  await expect(foster.getByRole('region', { name: 'Spare room girls' }).getByTestId('rat-Bean kitten 8')).toBeVisible();
});
