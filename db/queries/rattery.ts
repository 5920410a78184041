import { eq, sql } from 'drizzle-orm';
import { rattery } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatteryInput } from '../../lib/validation/settings';
import { changedFields } from '../../lib/domain/audit';
import { recordAudit } from './audit';

export type Rattery = { name: string; kittenPrefix: string };

/** The rattery's name and kitten prefix; both empty until an admin sets them. */
export async function getRattery(db: DbOrTx): Promise<Rattery> {
  const [row] = await db.select({ name: rattery.name, kittenPrefix: rattery.kittenPrefix }).from(rattery).where(eq(rattery.id, 1));
  return row ?? { name: '', kittenPrefix: '' };
}

export async function updateRattery(db: DbOrTx, params: { input: RatteryInput; actorId: number }) {
  await db.transaction(async (tx) => {
    const before = await getRattery(tx);
    const changes = changedFields(before, params.input, ['name', 'kittenPrefix']);
    if (Object.keys(changes).length === 0) return;
    await tx
      .insert(rattery)
      .values({ id: 1, ...params.input, updatedBy: params.actorId })
      .onConflictDoUpdate({ target: rattery.id, set: { name: sql`excluded.name`, kittenPrefix: sql`excluded.kitten_prefix`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: params.actorId, action: 'update', entityType: 'settings', summary: 'Changed the rattery settings', changes });
  });
}
