import { describe, expect, it } from 'vitest';
import type { Readiness } from '@/lib/domain/readiness';
import { availableNotReadyAlerts, wentBackwardsAlerts } from '@/lib/domain/readiness-alerts';

const now = new Date('2026-11-24T12:00:00Z');

function readiness(ready: boolean): Readiness {
  return {
    ready,
    items: [
      { key: 'safety', label: 'Out of quarantine and watches', met: true, reason: 'No open quarantine or watch.' },
      { key: 'no_recent_bite', label: 'No bite', met: ready, reason: ready ? 'No bite.' : 'A bite on 20 Nov: clear from 20 Dec if there is no other.' },
    ],
    notes: [],
    override: null,
    step: 6,
  };
}

describe('readiness alerts', () => {
  it('an available rat that is no longer ready alerts, naming why', () => {
    const alerts = availableNotReadyAlerts(
      [
        { ratId: 1, ratName: 'Pip', fosterHomeId: 3 },
        { ratId: 2, ratName: 'Mo', fosterHomeId: 3 },
      ],
      new Map([
        [1, readiness(false)],
        [2, readiness(true)],
      ]),
      now,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'available_not_ready', ratId: 1, fosterHomeId: 3, title: 'Pip is available but no longer ready' });
    expect(alerts[0].detail).toContain('A bite on 20 Nov');
  });

  it('a rat that went backwards over two weeks is named; one that held is not', () => {
    const alerts = wentBackwardsAlerts(
      [
        { ratId: 1, ratName: 'Pip', fosterHomeId: null, stepThen: 5, stepNow: 3 },
        { ratId: 2, ratName: 'Mo', fosterHomeId: null, stepThen: 4, stepNow: 4 },
      ],
      now,
    );
    expect(alerts.map((a) => a.title)).toEqual(['Pip went back from step 5 to step 3']);
  });
});
