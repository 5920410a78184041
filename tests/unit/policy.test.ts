import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, POLICY_SETTINGS, resolvePolicy } from '@/lib/domain/policy';

describe('resolvePolicy', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(resolvePolicy([])).toEqual(DEFAULT_POLICY);
  });

  it('lets stored values override the defaults', () => {
    const policy = resolvePolicy([
      { key: 'quarantineDays', value: 14 },
      { key: 'handlingReadyStep', value: 5 },
    ]);
    expect(policy.quarantineDays).toBe(14);
    expect(policy.handlingReadyStep).toBe(5);
    expect(policy.pregnancyWatchDays).toBe(DEFAULT_POLICY.pregnancyWatchDays);
  });

  it('ignores unknown keys', () => {
    const policy = resolvePolicy([
      { key: 'quarantineWeeks', value: 3 },
      { key: 'toString', value: 1 },
    ]);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(Object.keys(policy)).not.toContain('quarantineWeeks');
  });

  it('does not change the defaults it starts from', () => {
    resolvePolicy([{ key: 'quarantineDays', value: 60 }]);
    expect(DEFAULT_POLICY.quarantineDays).toBe(21);
  });
});

describe('policy defaults', () => {
  it('match the numbers in DESIGN.md', () => {
    expect(DEFAULT_POLICY).toEqual({
      quarantineDays: 21,
      quarantineDaysAfterExposure: 42,
      pregnancyWatchDays: 24,
      postNeuterSterileDays: 28,
      litterSeparationDay: 35,
      handlingStaleDays: 3,
      handlingReadyStep: 6,
      hormonalMaleAgeDays: 90,
      minimumAdoptionGroup: 2,
      weightLossAlertPercent: 10,
      weightLossWindowDays: 30,
      kittenHandlingFromDay: 3,
      firstLitterMinAgeDays: 120,
      firstLitterMaxAgeDays: 240,
    });
  });

  it('lie within the range a rescue may choose, each with a reason', () => {
    for (const setting of POLICY_SETTINGS) {
      expect(setting.defaultValue, setting.key).toBeGreaterThanOrEqual(setting.min);
      expect(setting.defaultValue, setting.key).toBeLessThanOrEqual(setting.max);
      expect(setting.reason.length, setting.key).toBeGreaterThan(10);
    }
  });

  it('keep the handling-ready step on the 0-8 trust ladder', () => {
    const step = POLICY_SETTINGS.find((s) => s.key === 'handlingReadyStep');
    expect(step).toMatchObject({ min: 0, max: 8 });
  });
});
