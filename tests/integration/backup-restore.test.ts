import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkBackup, createBackup, restoreBackup } from '@/db/backup';
import { rats } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { driverName, queryRows, schemaTableNames, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const NOW = new Date('2026-06-15T10:00:00Z');

/** Every table's rows as PostgreSQL prints them, in a stable order: equal snapshots mean equal tables. */
async function snapshot() {
  const tables: Record<string, string[]> = {};
  for (const name of schemaTableNames()) {
    const found = await queryRows<{ row: string }>(t.db, sql.raw(`select row_to_json(x)::text as row from "${name}" x order by 1`));
    tables[name] = found.map((r) => r.row);
  }
  const sequences = await queryRows<{ name: string; last: string | null }>(
    t.db,
    sql`select sequencename as name, last_value::text as last from pg_sequences where schemaname = 'public' order by 1`,
  );
  return { tables, sequences };
}

describe(`backup and restore on ${driverName()}`, () => {
  it('backup, wipe, restore gives back every table row for row, and the identity counters', { timeout: 120_000 }, async () => {
    await seedDemo(t.db, { now: NOW });
    const before = await snapshot();
    const filled = Object.entries(before.tables).filter(([, list]) => list.length > 0).map(([name]) => name);
    expect(filled.length).toBeGreaterThan(10);

    // Through text, as the file on disk holds it.
    const file = JSON.stringify(await createBackup(t.db, NOW));
    await t.reset();
    expect((await snapshot()).tables.rats).toEqual([]);

    const checked = checkBackup(JSON.parse(file), 99);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const restored = await restoreBackup(t.db, checked.backup);
    expect(restored.rows).toBe(Object.values(before.tables).reduce((n, list) => n + list.length, 0));
    expect(await snapshot()).toEqual(before);

    // The identity counters carry on after the restored rows.
    const [rat] = await t.db.insert(rats).values({ code: 'R-2026-9999', name: 'After', sex: 'female', status: 'in_care' }).returning({ id: rats.id });
    const highest = Math.max(...before.tables.rats.map((r) => (JSON.parse(r) as { id: number }).id));
    expect(rat.id).toBe(highest + 1);
  });

  it('a restore that fails part-way changes nothing', async () => {
    await seedDemo(t.db, { now: NOW });
    const before = await snapshot();
    const backup = await createBackup(t.db, NOW);
    backup.tables.rats = [...backup.tables.rats, { ...backup.tables.rats[0], sex: 'not-a-sex' }];
    await expect(restoreBackup(t.db, backup)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that is not a backup, or one from a newer Ratwise', async () => {
    expect(checkBackup({ hello: 1 }, 1)).toEqual({ ok: false, reason: 'This file is not a Ratwise backup.' });
    const backup = await createBackup(t.db, NOW);
    expect(checkBackup({ ...backup, migrations: backup.migrations + 1 }, backup.migrations)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer Ratwise/) });
  });
});
