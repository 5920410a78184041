import { describe, expect, it } from 'vitest';
import { listOpenQuarantines, pageOfOpenQuarantine } from '@/db/queries/quarantines';
import { insertQuarantineCohort, insertRat } from '../fixtures/builders';
import { insertQuarantine } from '../fixtures/health-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

describe(`pages of the open quarantines list, on ${driverName()}`, () => {
  it('a quarantine just started or extended is found on the page the list shows it on', async () => {
    const cohorts = [await insertQuarantineCohort(t.db), await insertQuarantineCohort(t.db), null];
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) {
      const rat = await insertRat(t.db, { name: `Q${String(i).padStart(2, '0')}` });
      const cohort = cohorts[i % 3];
      // Planned ends spread so that cohort order, end order and name order all differ.
      const end = `2026-12-${String(28 - ((i * 7) % 27)).padStart(2, '0')}`;
      ids.push((await insertQuarantine(t.db, { ratId: rat.id, cohortId: cohort?.id ?? null, plannedEndOn: end })).id);
    }
    const closed = await insertRat(t.db, { name: 'Closed' });
    const done = await insertQuarantine(t.db, { ratId: closed.id, endedOn: '2026-11-20' });

    const perPage = 5;
    for (const id of ids) {
      const page = await pageOfOpenQuarantine(t.db, { id, perPage });
      const { rows } = await listOpenQuarantines(t.db, { limit: perPage, offset: ((page ?? 1) - 1) * perPage });
      expect(rows.map((r) => r.id)).toContain(id);
    }
    expect(await pageOfOpenQuarantine(t.db, { id: done.id, perPage })).toBeNull();
    expect(await pageOfOpenQuarantine(t.db, { id: 99_999, perPage })).toBeNull();
  });
});
