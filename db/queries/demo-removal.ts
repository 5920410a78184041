import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { eq, is, ne, sql } from 'drizzle-orm';
import * as schema from '../schema';
import type { DbOrTx } from '../connect';
import { DEMO_PRESENT_KEY } from './account-security';
import { recordAudit } from './audit';

// Failed sign-ins and public applications stay: removing the demo must not reset anyone's limit.
const KEPT_TABLES = new Set(['sign_in_failures', 'public_application_attempts']);

function tablesToEmpty(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table).name)
    .filter((name) => !KEPT_TABLES.has(name));
}

/**
 * Removes the demo rescue in one transaction: every rat, home, record, audit entry and account
 * goes, except the admin doing it (kept with the same id and password, still signed in) and
 * the rescue's settings. Returns false (and changes nothing) unless the demo is present.
 */
export async function removeDemoRescue(db: DbOrTx, params: { adminId: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const flags = await tx.select().from(schema.settings).where(eq(schema.settings.key, DEMO_PRESENT_KEY));
    if (!flags.some((f) => f.value === 1)) return false;
    const [admin] = await tx.select().from(schema.users).where(eq(schema.users.id, params.adminId));
    if (!admin || admin.role !== 'admin' || !admin.active) return false;
    const kept = await tx.select().from(schema.settings).where(ne(schema.settings.key, DEMO_PRESENT_KEY));
    const names = tablesToEmpty()
      .map((n) => `"${n}"`)
      .join(', ');
    await tx.execute(sql.raw(`truncate table ${names}`));
    // The admin's row comes back with its own id, so their session and audit trail stay theirs.
    await tx.insert(schema.users).overridingSystemValue().values({ ...admin, fosterHomeId: null });
    if (kept.length > 0) {
      await tx.insert(schema.settings).values(kept.map((s) => ({ ...s, updatedBy: s.updatedBy === null ? null : admin.id })));
    }
    await recordAudit(tx, { actorId: admin.id, action: 'delete', entityType: 'settings', summary: 'Removed the demo rescue: its rats, homes, records and accounts' });
    return true;
  });
}
