import { describe, expect, it } from 'vitest';
import { allowedTransitions, canChangeStatus, isFinalStatus, statusChoices } from '@/lib/domain/rat-status';
import { RAT_STATUSES, type RatStatus } from '@/lib/domain/vocabulary';

const rat = (status: RatStatus) => ({ name: 'Pip', status });
const change = (from: RatStatus, to: RatStatus, reason = 'Because') => canChangeStatus(rat(from), to, { reason });

describe('rat status lifecycle', () => {
  it('moves forward one step at a time: intake → in care → available → reserved', () => {
    expect(change('intake', 'in_care')).toEqual({ ok: true });
    expect(change('in_care', 'available')).toEqual({ ok: true });
    expect(change('available', 'reserved')).toEqual({ ok: true });
  });

  it('allows a setback from available back to in care', () => {
    expect(change('available', 'in_care', 'Sneezing: back on antibiotics')).toEqual({ ok: true });
  });

  it('allows a reservation that fell through to go back to available', () => {
    expect(change('reserved', 'available', 'Adopter withdrew')).toEqual({ ok: true });
  });

  it('puts a returned rat back in care or straight up for adoption', () => {
    expect(change('returned', 'in_care')).toEqual({ ok: true });
    expect(change('returned', 'available')).toEqual({ ok: true });
  });

  it('lets any rat still in care be transferred or die, with a reason', () => {
    for (const from of ['intake', 'in_care', 'available', 'returned'] as const) {
      expect(change(from, 'transferred', 'To Northern Rat Rescue')).toEqual({ ok: true });
      expect(change(from, 'deceased', 'Respiratory infection')).toEqual({ ok: true });
    }
    expect(change('reserved', 'deceased', 'Died under anaesthetic')).toEqual({ ok: true });
  });

  it('refuses skipping a step, and the reason names the statuses it can move to', () => {
    const decision = change('intake', 'available');
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toBe('A rat whose status is “Intake” cannot become “Available”: it can become in care, transferred or deceased.');
    expect(change('in_care', 'reserved').ok).toBe(false);
    expect(change('intake', 'reserved').ok).toBe(false);
  });

  it('refuses going back from adopted to available or in care (a return comes first)', () => {
    expect(change('adopted', 'available').ok).toBe(false);
    expect(change('adopted', 'in_care').ok).toBe(false);
  });

  it('refuses a change to the status the rat already has', () => {
    const decision = change('available', 'available');
    expect(!decision.ok && decision.reason).toBe('Pip is already available.');
  });

  it('treats transferred and deceased as final: nothing follows them', () => {
    for (const final of ['transferred', 'deceased'] as const) {
      expect(isFinalStatus(final)).toBe(true);
      expect(allowedTransitions(final)).toEqual([]);
      for (const to of RAT_STATUSES.filter((s) => s !== final)) {
        const decision = change(final, to);
        expect(decision.ok).toBe(false);
        expect(!decision.ok && decision.reason).toMatch(/final/);
      }
    }
  });

  it('sets adopted only through an adoption record, and says so', () => {
    const decision = change('reserved', 'adopted');
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toMatch(/Record an adoption/);
    expect(canChangeStatus(rat('reserved'), 'adopted', { viaAdoption: true, reason: 'Adopted by Jo' })).toEqual({ ok: true });
  });

  it('sets returned only through the return on the adoption record', () => {
    const decision = change('adopted', 'returned');
    expect(!decision.ok && decision.reason).toMatch(/return on Pip’s adoption/);
    expect(canChangeStatus(rat('adopted'), 'returned', { viaAdoption: true, reason: 'Fought with resident doe' })).toEqual({ ok: true });
  });

  it('refuses an adoption straight from available: the rat is reserved first', () => {
    expect(canChangeStatus(rat('available'), 'adopted', { viaAdoption: true }).ok).toBe(false);
  });

  it('needs a reason to record a death', () => {
    for (const reason of [undefined, '', '   ']) {
      const decision = canChangeStatus(rat('in_care'), 'deceased', { reason });
      expect(decision.ok).toBe(false);
      expect(!decision.ok && decision.reason).toBe('Say what happened to Pip: a death is always recorded with its reason.');
    }
  });

  it('needs a reason for a transfer, which is final too', () => {
    expect(canChangeStatus(rat('available'), 'transferred', { reason: '' }).ok).toBe(false);
  });

  it('does not need a reason for an ordinary step', () => {
    expect(canChangeStatus(rat('in_care'), 'available', {})).toEqual({ ok: true });
  });

  it('offers on the rat page only the statuses people set there (not adopted or returned)', () => {
    expect(statusChoices('reserved')).toEqual(['available', 'deceased']);
    expect(statusChoices('adopted')).toEqual([]);
    expect(statusChoices('deceased')).toEqual([]);
    expect(statusChoices('available')).toEqual(['in_care', 'reserved', 'transferred', 'deceased']);
  });

  it('every status the page offers is one canChangeStatus accepts (with a reason)', () => {
    for (const from of RAT_STATUSES) {
      for (const to of statusChoices(from)) expect(change(from, to)).toEqual({ ok: true });
    }
  });
});
