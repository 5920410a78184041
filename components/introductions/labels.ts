import type { ObservationOutcome, IntroductionStatus } from '@/lib/domain/vocabulary';

type BadgeVariant = 'default' | 'secondary' | 'outline' | 'success' | 'warning' | 'destructive' | 'info';

export const OUTCOME_VARIANT: Record<ObservationOutcome, BadgeVariant> = {
  positive: 'success',
  neutral: 'secondary',
  tense: 'warning',
  fight: 'destructive',
};

export const STATUS_VARIANT: Record<IntroductionStatus, BadgeVariant> = {
  planned: 'info',
  in_progress: 'default',
  paused: 'warning',
  bonded: 'success',
  failed: 'destructive',
};

/** 'Pip & Dot' for two, 'Fern, Nova & Echo' for more. */
export function sideNames(rats: readonly { name: string }[]): string {
  const names = rats.map((r) => r.name);
  if (names.length <= 1) return names[0] ?? '—';
  return `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}
