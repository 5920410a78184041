import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { fosterHomes, healthEvents, quarantineCohorts, quarantines, ratStatusChanges, rats } from '../schema';
import type { DbOrTx } from '../connect';
import { canRelease, type QuarantinePeriod, type SymptomRecord } from '../../lib/domain/quarantine';
import type { Decision } from '../../lib/domain/sex-safety';
import type { Policy } from '../../lib/domain/policy';
import { toIsoDate } from '../../lib/domain/dates';
import { recordAudit } from './audit';

/** Every open quarantine with its rat, home and cohort, soonest planned end first. */
export async function listOpenQuarantines(db: DbOrTx) {
  return db
    .select({
      id: quarantines.id,
      ratId: rats.id,
      ratName: rats.name,
      ratCode: rats.code,
      reason: quarantines.reason,
      startedOn: quarantines.startedOn,
      plannedEndOn: quarantines.plannedEndOn,
      restartedOn: quarantines.restartedOn,
      restartReason: quarantines.restartReason,
      airspace: quarantines.airspace,
      fosterHomeId: quarantines.fosterHomeId,
      homeName: fosterHomes.name,
      cohortLabel: quarantineCohorts.label,
    })
    .from(quarantines)
    .innerJoin(rats, eq(rats.id, quarantines.ratId))
    .leftJoin(fosterHomes, eq(fosterHomes.id, quarantines.fosterHomeId))
    .leftJoin(quarantineCohorts, eq(quarantineCohorts.id, quarantines.cohortId))
    .where(isNull(quarantines.endedOn))
    .orderBy(asc(quarantines.plannedEndOn), asc(rats.name));
}

export type OpenQuarantine = Awaited<ReturnType<typeof listOpenQuarantines>>[number];

async function symptomsOf(db: DbOrTx, ratId: number): Promise<SymptomRecord[]> {
  return db
    .select({ occurredOn: healthEvents.occurredOn, symptoms: healthEvents.symptoms })
    .from(healthEvents)
    .where(and(eq(healthEvents.ratId, ratId), sql`cardinality(${healthEvents.symptoms}) > 0`));
}

/**
 * Releases a rat from quarantine when the rules allow it (not before the planned end, not while a
 * symptom is recent), in one transaction; a rat still at `intake` status moves to `in_care`.
 */
export async function releaseQuarantine(
  db: DbOrTx,
  params: { quarantineId: number; actorId: number; now: Date; policy: Policy },
): Promise<Decision & { ratName?: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ period: quarantines, rat: { id: rats.id, name: rats.name, status: rats.status } })
      .from(quarantines)
      .innerJoin(rats, eq(rats.id, quarantines.ratId))
      .where(eq(quarantines.id, params.quarantineId))
      .for('update');
    if (!row) return { ok: false, reason: 'That quarantine no longer exists.' };
    const period: QuarantinePeriod = { ...row.period, ratId: row.rat.id };
    const decision = canRelease(period, await symptomsOf(tx, row.rat.id), params.now, params.policy);
    if (!decision.ok) return { ...decision, ratName: row.rat.name };
    const today = toIsoDate(params.now);
    await tx.update(quarantines).set({ endedOn: today, releasedBy: params.actorId }).where(eq(quarantines.id, params.quarantineId));
    if (row.rat.status === 'intake') {
      await tx.update(rats).set({ status: 'in_care', version: sql`${rats.version} + 1` }).where(eq(rats.id, row.rat.id));
      await tx.insert(ratStatusChanges).values({
        ratId: row.rat.id,
        fromStatus: 'intake',
        toStatus: 'in_care',
        changedAt: params.now,
        changedBy: params.actorId,
        reason: 'Released from quarantine',
      });
    }
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'quarantine',
      entityId: params.quarantineId,
      ratId: row.rat.id,
      fosterHomeId: row.period.fosterHomeId,
      summary: `Released ${row.rat.name} from ${row.period.reason} quarantine`,
      changes: {
        endedOn: { from: null, to: today },
        ...(row.rat.status === 'intake' ? { status: { from: 'intake', to: 'in_care' } } : {}),
      },
    });
    return { ok: true, ratName: row.rat.name };
  });
}

/** The rat a closed quarantine belonged to, for the confirmation after a release. */
export async function getReleasedRatName(db: DbOrTx, params: { quarantineId: number }): Promise<string | null> {
  const [row] = await db
    .select({ name: rats.name })
    .from(quarantines)
    .innerJoin(rats, eq(rats.id, quarantines.ratId))
    .where(and(eq(quarantines.id, params.quarantineId), isNotNull(quarantines.endedOn)));
  return row?.name ?? null;
}
