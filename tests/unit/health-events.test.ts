import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { weightChartData } from '@/lib/domain/health';
import {
  aloneAfterLeaving,
  canRecordHealthEvent,
  closingDate,
  eventGrimace,
  healthEventHeadline,
  healthKindsFor,
  isSymptomRecord,
  momentOn,
  stayEndsAt,
  timelineEvent,
  weightChartSummary,
  type CageMate,
  type HealthRecordRat,
} from '@/lib/domain/health-events';

const now = new Date('2026-11-20T09:00:00Z');
const pip: HealthRecordRat = { name: 'Pip', sex: 'male', status: 'in_care', neuteredOn: null, birthDate: '2026-03-01' };

describe('who records what', () => {
  it('lets fosters record only weights, health checks and symptoms', () => {
    expect(healthKindsFor('foster')).toEqual(['weight', 'health_check', 'illness']);
    expect(canRecordHealthEvent(pip, { kind: 'illness', occurredOn: '2026-11-19' }, 'foster')).toEqual({ ok: true });
    expect(canRecordHealthEvent(pip, { kind: 'medication', occurredOn: '2026-11-19' }, 'foster')).toEqual({
      ok: false,
      reason: 'Fosters record weights, health checks and symptoms. Ask the rescue team to record the medication.',
    });
  });

  it('lets staff, coordinators and admins record every kind', () => {
    for (const role of ['staff', 'coordinator', 'admin'] as const) expect(healthKindsFor(role)).toHaveLength(8);
  });

  it('records nothing more for a rat that has died', () => {
    expect(canRecordHealthEvent({ ...pip, status: 'deceased' }, { kind: 'weight', occurredOn: '2026-11-19' }, 'staff')).toEqual({
      ok: false,
      reason: 'Pip has died: no more health events can be recorded.',
    });
  });

  it('records a neuter only once, and not before the rat was born', () => {
    expect(canRecordHealthEvent({ ...pip, neuteredOn: '2026-10-02' }, { kind: 'neuter', occurredOn: '2026-11-19' }, 'staff')).toEqual({ ok: false, reason: 'Pip was already neutered on 2 Oct.' });
    expect(canRecordHealthEvent(pip, { kind: 'neuter', occurredOn: '2026-02-01' }, 'staff').ok).toBe(false);
    expect(canRecordHealthEvent(pip, { kind: 'neuter', occurredOn: '2026-11-19' }, 'staff')).toEqual({ ok: true });
  });
});

describe('symptom records', () => {
  it('counts every illness, and a health check only when it names a symptom', () => {
    expect(isSymptomRecord({ kind: 'illness', symptoms: [] })).toBe(true);
    expect(isSymptomRecord({ kind: 'health_check', symptoms: ['lump'] })).toBe(true);
    expect(isSymptomRecord({ kind: 'health_check', symptoms: [] })).toBe(false);
    expect(isSymptomRecord({ kind: 'weight', symptoms: [] })).toBe(false);
  });
});

describe('a rat leaving its cage', () => {
  const mate = (ratId: number, cageGroupId = 1, inQuarantine = false): CageMate => ({ ratId, ratName: `Rat ${ratId}`, cageGroupId, cageGroupName: 'Cage A', inQuarantine });

  it('names the cage-mate left alone outside quarantine', () => {
    expect(aloneAfterLeaving([mate(2)])).toBe('Rat 2 is now alone in Cage A: plan an introduction.');
  });

  it('says nothing when two or more are left, nobody is left, or the one left is in quarantine', () => {
    expect(aloneAfterLeaving([mate(2), mate(3)])).toBeNull();
    expect(aloneAfterLeaving([])).toBeNull();
    expect(aloneAfterLeaving([mate(2, 1, true)])).toBeNull();
  });
});

describe('dating the end of a stay', () => {
  it('ends a stay at midday on the event date, but never after now or before the stay began', () => {
    const began = new Date('2026-10-01T10:00:00Z');
    expect(stayEndsAt('2026-11-18', began, now).toISOString()).toBe('2026-11-18T12:00:00.000Z');
    expect(stayEndsAt('2026-11-20', began, now)).toEqual(now);
    expect(stayEndsAt('2026-09-01', began, now)).toEqual(began);
    expect(momentOn('2026-11-19', now).toISOString()).toBe('2026-11-19T12:00:00.000Z');
  });

  it('closes a dated period on the event date, or on its start when the event is earlier', () => {
    expect(closingDate('2026-11-19', '2026-11-01')).toBe('2026-11-19');
    expect(closingDate('2026-10-19', '2026-11-01')).toBe('2026-11-01');
  });
});

const blank = timelineEvent({ kind: 'weight', occurredOn: '2026-11-19' });

describe('timeline wording', () => {
  it('says what each kind of event was in one line', () => {
    expect(healthEventHeadline({ ...blank, weightGrams: 312 })).toBe('312 g');
    expect(healthEventHeadline({ ...blank, kind: 'illness', symptoms: ['sneezing', 'respiratory_noise'] })).toBe('Sneezing and respiratory noise');
    expect(healthEventHeadline({ ...blank, kind: 'vet_visit', vetClinic: 'Riverside', diagnosis: 'Mycoplasma' })).toBe('Vet visit at Riverside: Mycoplasma');
    expect(healthEventHeadline({ ...blank, kind: 'medication', medication: 'Doxycycline', dose: '10 mg/kg twice daily', courseStartOn: '2026-11-12', courseEndOn: '2026-11-26' })).toBe(
      'Doxycycline, 10 mg/kg twice daily from 12 Nov to 26 Nov',
    );
    expect(healthEventHeadline({ ...blank, kind: 'death', causeOfDeath: 'Pneumonia' })).toBe('Died: Pneumonia');
  });

  it('shows a pain score only when all four action units were scored', () => {
    expect(eventGrimace({ ...blank, grimaceOrbital: 1, grimaceNoseCheek: 1, grimaceEars: 1, grimaceWhiskers: 0 })).toMatchObject({ total: 3, band: 'pain' });
    expect(eventGrimace({ ...blank, grimaceOrbital: 1 })).toBeNull();
  });
});

describe('weight chart summary', () => {
  it('says the range, latest, change and extremes in words, and how many weighings were flagged', () => {
    const points = weightChartData(
      [
        { occurredOn: '2026-11-01', weightGrams: 400 },
        { occurredOn: '2026-11-08', weightGrams: 410 },
        { occurredOn: '2026-11-15', weightGrams: 360 },
      ],
      DEFAULT_POLICY,
    );
    expect(weightChartSummary(points)).toBe(
      '3 weighings from 1 Nov to 15 Nov. Latest 360 g on 15 Nov, down 40 g since the first; heaviest 410 g, lightest 360 g. 1 weighing flagged for weight loss.',
    );
  });

  it('reads a single weighing and no weighing plainly', () => {
    expect(weightChartSummary(weightChartData([{ occurredOn: '2026-11-01', weightGrams: 40 }], DEFAULT_POLICY))).toBe('One weighing: 40 g on 1 Nov.');
    expect(weightChartSummary([])).toBe('No weights recorded yet.');
  });
});
