'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getReadiness, markRatsAvailable, setReadinessOverride } from '@/db/queries/readiness';
import { getRatRecord } from '@/db/queries/rat-records';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole, STAFF_ROLES } from '@/lib/authz';
import { READINESS_OVERRIDE_ROLES, unmetSummary } from '@/lib/domain/readiness';
import { canChangeStatus } from '@/lib/domain/rat-status';
import { listInWords } from '@/lib/domain/quarantine';
import { markAvailableInput, readinessOverrideInput, revokeReadinessOverrideInput } from '@/lib/validation/readiness';

const STALE = 'Someone changed this rat since you opened the page: reload it and try again.';

function revalidateReadiness(ratIds: readonly number[]) {
  for (const id of ratIds) revalidatePath(`/rats/${id}`);
  revalidatePath('/readiness');
  revalidatePath('/dashboard');
}

/**
 * Coordinators declare a shy rat ready below the ready step with a reason (intent `set`), or
 * revoke that (intent `revoke`); either way audited, and refused when the rat changed meanwhile.
 */
export async function readinessOverrideAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(READINESS_OVERRIDE_ROLES);
  const revoke = form.get('intent') === 'revoke';
  const input = revoke
    ? revokeReadinessOverrideInput.safeParse(Object.fromEntries(form))
    : readinessOverrideInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const rat = await getRatRecord(db, { id: input.data.ratId, scope: ratScope(user) });
  if (!rat) notFound();
  const reason = 'reason' in input.data && typeof input.data.reason === 'string' ? input.data.reason : null;
  const result = await setReadinessOverride(db, { ratId: rat.id, expectedVersion: input.data.version, reason, actorId: user.id, now: new Date() });
  if (!result.ok) return refused(STALE, revoke ? undefined : form);
  revalidateReadiness([rat.id]);
  return {
    ok: true,
    message: reason === null ? `Revoked: ${rat.name}’s trust step counts again.` : `${rat.name} is declared ready on the trust step. The reason is shown wherever readiness is.`,
  };
}

/**
 * Marks ready rats available (a rat and the ready cage-mates ticked with it), through the same
 * status rules and history as the rat page, in one transaction: all or none.
 */
export async function markAvailableAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const chosen = form.getAll('rat').map(String).map((v) => {
    const [ratId, version] = v.split(':');
    return { ratId, version };
  });
  const input = markAvailableInput.safeParse({ rats: chosen });
  if (!input.success) return invalid(input.error);
  const db = await getDb();
  const now = new Date();
  const ids = input.data.rats.map((r) => r.ratId);
  const [records, readiness] = await Promise.all([
    Promise.all(ids.map((id) => getRatRecord(db, { id, scope: ratScope(user) }))),
    getReadiness(db, { ratIds: ids, now }),
  ]);
  const problems: string[] = [];
  for (const rat of records) {
    if (!rat) notFound();
    const decision = canChangeStatus(rat, 'available');
    if (!decision.ok) problems.push(decision.reason);
    const ready = readiness.get(rat.id);
    if (!ready?.ready) problems.push(`${rat.name} is not ready: ${ready ? unmetSummary(ready) : 'no record.'}`);
  }
  if (problems.length > 0) return refused(`Nothing was changed. ${problems.join(' ')}`);
  const found = records.filter((r) => r !== null);
  const result = await markRatsAvailable(db, {
    rats: input.data.rats.map((r) => ({ ratId: r.ratId, expectedVersion: r.version, from: found.find((f) => f.id === r.ratId)!.status })),
    actorId: user.id,
    now,
  });
  if (!result.ok) return refused(STALE);
  revalidateReadiness(ids);
  return { ok: true, message: `${listInWords(found.map((r) => r.name))} ${found.length === 1 ? 'is' : 'are'} now available for adoption.` };
}
