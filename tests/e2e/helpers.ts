import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts';

export const DEMO = {
  admin: 'admin@ratwise.test',
  staff: 'staff@ratwise.test',
  coordinator: 'coordinator@ratwise.test',
  foster: 'foster@ratwise.test',
  foster2: 'foster2@ratwise.test',
} as const;

export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD, baseURL?: string) {
  await page.goto(`${baseURL ?? ''}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  return (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
}
