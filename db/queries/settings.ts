import { sql } from 'drizzle-orm';
import { settings } from '../schema';
import type { DbOrTx } from '../connect';
import { POLICY_KEYS, resolvePolicy, type Policy } from '../../lib/domain/policy';
import { changedFields } from '../../lib/domain/audit';
import { recordAudit } from './audit';

export async function getPolicy(db: DbOrTx): Promise<Policy> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  return resolvePolicy(rows);
}

/** Saves every policy number in one transaction and audits what changed. */
export async function updatePolicy(db: DbOrTx, params: { policy: Policy; actorId: number }) {
  await db.transaction(async (tx) => {
    const before = await getPolicy(tx);
    const changes = changedFields(before, params.policy, POLICY_KEYS);
    if (Object.keys(changes).length === 0) return;
    await tx
      .insert(settings)
      .values(POLICY_KEYS.map((key) => ({ key, value: params.policy[key], updatedBy: params.actorId })))
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: sql`excluded.value`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'settings',
      summary: `Changed ${Object.keys(changes).length} policy setting(s)`,
      changes,
    });
  });
}
