import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { fosterHomes, placements, rats } from '@/db/schema';
import { insertFosterHome, insertPlacement, insertRat } from '../fixtures/builders';

// Always PGlite on disk, whichever driver the rest of the suite runs on: this is the default
// deployment, where the whole rescue lives in `${DATA_DIR}/pglite`.
describe('data directory on PGlite (on disk)', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ratwise-data-dir-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the data directory survives a restart with everything in it', { timeout: 60_000 }, async () => {
    const dataDir = path.join(folder, 'data', 'pglite'); // parent folders do not exist yet

    const first = await connect({ dataDir });
    let ids: { homeId: number; ratId: number };
    try {
      await first.migrate();
      const home = await insertFosterHome(first.db, { name: 'Willow Cottage', canQuarantine: true });
      const rat = await insertRat(first.db, { code: 'R-2026-0007', name: 'Biscuit', sex: 'male' });
      await insertPlacement(first.db, { ratId: rat.id, fosterHomeId: home.id, reason: 'Intake quarantine' });
      ids = { homeId: home.id, ratId: rat.id };
    } finally {
      await first.close();
    }

    const second = await connect({ dataDir });
    try {
      await second.migrate(); // a restart migrates again: nothing to do, nothing lost
      const [home] = await second.db.select().from(fosterHomes).where(eq(fosterHomes.id, ids.homeId));
      const [rat] = await second.db.select().from(rats).where(eq(rats.id, ids.ratId));
      const stays = await second.db.select().from(placements).where(eq(placements.ratId, ids.ratId));
      expect(home).toMatchObject({ name: 'Willow Cottage', canQuarantine: true });
      expect(rat).toMatchObject({ code: 'R-2026-0007', name: 'Biscuit', sex: 'male', version: 1 });
      expect(stays).toHaveLength(1);
      expect(stays[0]).toMatchObject({ fosterHomeId: ids.homeId, reason: 'Intake quarantine', endedAt: null });
    } finally {
      await second.close();
    }
  });
});
