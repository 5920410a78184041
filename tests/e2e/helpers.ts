import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts';
import { daysBetween, toIsoDate } from '../../lib/domain/dates';

export const DEMO = {
  admin: 'admin@ratwise.test',
  staff: 'staff@ratwise.test',
  coordinator: 'coordinator@ratwise.test',
  foster: 'foster@ratwise.test',
  foster2: 'foster2@ratwise.test',
} as const;

/** The moment the demo rescue's dates count back from (fixed once per run in playwright.config.ts). */
export const DEMO_AS_OF = new Date(process.env.RATWISE_DEMO_AS_OF ?? Date.now());

/**
 * How many days ago a demo date seeded `daysAgo` days back is today: one more for every midnight
 * (UTC) since the demo was seeded, so a check written against the seed still holds after midnight.
 */
export function demoDaysAgo(daysAgo: number, now: Date = new Date()): number {
  return daysAgo + daysBetween(toIsoDate(DEMO_AS_OF), toIsoDate(now));
}

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
