import type { AdopterApproval, ExperienceLevel } from '@/lib/domain/vocabulary';

export const APPROVAL_LABELS: Record<AdopterApproval, string> = {
  applied: 'Applied',
  approved: 'Approved',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const APPROVAL_VARIANTS: Record<AdopterApproval, 'info' | 'success' | 'destructive' | 'secondary'> = {
  applied: 'info',
  approved: 'success',
  declined: 'destructive',
  withdrawn: 'secondary',
};

export const ADOPTER_EXPERIENCE_LABELS: Record<ExperienceLevel, string> = {
  new: 'New to rats',
  some: 'Some experience',
  experienced: 'Experienced with rats',
};

/** Pence as pounds: 2500 → '£25.00'. */
export function formatFee(cents: number): string {
  return `£${(cents / 100).toFixed(2)}`;
}

/** '2 females, 1 neutered male' — the adopter's own rats in words, or 'No rats'. */
export function ownRatsInWords(a: { existingRatsCount: number; existingRatsFemales: number; existingRatsMales: number; existingRatsNeuteredMales: number }): string {
  if (a.existingRatsCount === 0) return 'No rats';
  const parts: string[] = [];
  const add = (n: number, noun: string) => n > 0 && parts.push(`${n} ${noun}${n === 1 ? '' : 's'}`);
  add(a.existingRatsFemales, 'female');
  add(a.existingRatsMales, 'intact male');
  add(a.existingRatsNeuteredMales, 'neutered male');
  add(a.existingRatsCount - a.existingRatsFemales - a.existingRatsMales - a.existingRatsNeuteredMales, 'rat of unrecorded sex');
  return parts.join(', ');
}
