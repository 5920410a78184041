import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, POLICY_SETTINGS } from '@/lib/domain/policy';
import { createUserInput, firstAdminInput, signInInput } from '@/lib/validation/auth';
import { settingsInput } from '@/lib/validation/settings';

const asForm = (policy: Record<string, number | string>) => Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)]));

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('sign-in input', () => {
  it('refuses a malformed email with a message that says what a valid one looks like', () => {
    const result = signInInput.safeParse({ email: 'not-an-email', password: 'x' });
    expect(result.success).toBe(false);
    expect(messages(result).email).toMatch(/valid email address/);
  });

  it('accepts an email in any case and compares it in lower case', () => {
    const result = signInInput.safeParse({ email: '  Fran@Example.ORG ', password: 'secret' });
    expect(result.success && result.data.email).toBe('fran@example.org');
  });

  it('asks for a password when it is empty', () => {
    expect(messages(signInInput.safeParse({ email: 'a@b.org', password: '' })).password).toBe('Enter your password.');
  });
});

describe('first admin input', () => {
  it('needs a password of at least 10 characters typed the same twice', () => {
    const short = firstAdminInput.safeParse({ name: 'A', email: 'a@b.org', password: 'short', confirmPassword: 'short' });
    expect(messages(short).password).toMatch(/at least 10/);
    const mismatch = firstAdminInput.safeParse({ name: 'A', email: 'a@b.org', password: 'long-enough-1', confirmPassword: 'long-enough-2' });
    expect(messages(mismatch).confirmPassword).toMatch(/do not match/);
  });
});

describe('user input', () => {
  it('links only a foster to a foster home', () => {
    const result = createUserInput.safeParse({ name: 'Sam', email: 's@b.org', role: 'staff', password: 'long-enough-1', fosterHomeId: '3' });
    expect(messages(result).fosterHomeId).toMatch(/Only a foster/);
  });

  it('accepts a foster with no home linked yet', () => {
    const result = createUserInput.safeParse({ name: 'Fran', email: 'f@b.org', role: 'foster', password: 'long-enough-1', fosterHomeId: '' });
    expect(result.success && result.data.fosterHomeId).toBe(null);
  });
});

describe('settings input', () => {
  it('accepts the defaults', () => {
    const result = settingsInput.safeParse(asForm(DEFAULT_POLICY));
    expect(result.success && result.data).toEqual(DEFAULT_POLICY);
  });

  it('refuses a value outside the setting’s range and names the limit', () => {
    const result = settingsInput.safeParse(asForm({ ...DEFAULT_POLICY, quarantineDays: 2 }));
    expect(messages(result).quarantineDays).toBe('Quarantine days must be at least 7 days.');
  });

  it('refuses a value that is not a whole number', () => {
    const result = settingsInput.safeParse(asForm({ ...DEFAULT_POLICY, handlingReadyStep: '6.5' }));
    expect(messages(result).handlingReadyStep).toMatch(/whole number/);
  });

  it('refuses a missing value', () => {
    const { pregnancyWatchDays: _omit, ...rest } = asForm(DEFAULT_POLICY);
    expect(settingsInput.safeParse(rest).success).toBe(false);
  });

  it('has a reason for every policy number', () => {
    for (const s of POLICY_SETTINGS) expect(s.reason.length).toBeGreaterThan(20);
  });
});
