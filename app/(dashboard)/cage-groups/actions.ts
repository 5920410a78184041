'use server';

import { revalidatePath } from 'next/cache';
import type { MoveActionResult } from '@/components/placements/move-result';
import { getDb } from '@/db/client';
import { answer, submitOnce } from '@/lib/submit-once';
import { createCageGroup } from '@/db/queries/cage-groups';
import { moveCageGroup, moveRat, type MoveResult } from '@/db/queries/placements';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { addRatToGroupInput, createCageGroupInput, moveCageGroupInput, moveRatInput } from '@/lib/validation/placement';

/** A move changes where rats live on every page that shows them: homes, groups, rats, intakes, dashboard. */
function afterMove(result: MoveResult, form: FormData): MoveActionResult {
  if (!result.ok) return refused(result.reason, form);
  revalidatePath('/', 'layout');
  return { ok: true, message: result.summary, warnings: result.warnings };
}

export async function moveCageGroupAction(_prev: MoveActionResult, form: FormData): Promise<MoveActionResult> {
  const user = await requireRole(PLACEMENT_ROLES);
  const input = moveCageGroupInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const result = await moveCageGroup(await getDb(), { ...input.data, actorId: user.id, now: new Date() });
  return afterMove(result, form);
}

export async function addRatToGroupAction(_prev: MoveActionResult, form: FormData): Promise<MoveActionResult> {
  const user = await requireRole(PLACEMENT_ROLES);
  const input = addRatToGroupInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { ratId, groupId, reason } = input.data;
  const result = await moveRat(await getDb(), { ratId, to: { kind: 'group', groupId }, reason, actorId: user.id, now: new Date() });
  return afterMove(result, form);
}

export async function moveRatAction(_prev: MoveActionResult, form: FormData): Promise<MoveActionResult> {
  const user = await requireRole(PLACEMENT_ROLES);
  const input = moveRatInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { ratId, to, newGroupName, reason } = input.data;
  const destination = to.kind === 'group' ? to : { ...to, newGroupName: newGroupName! };
  const result = await moveRat(await getDb(), { ratId, to: destination, reason, actorId: user.id, now: new Date() });
  return afterMove(result, form);
}

export async function createCageGroupAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(PLACEMENT_ROLES);
  const input = createCageGroupInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'createCageGroup', userId: user.id }, async (tx) => {
    const result = await createCageGroup(tx, { ...input.data, actorId: user.id });
    return result.ok ? { redirectTo: `/cage-groups/${result.id}?created=1` } : refused(result.reason, form);
  });
  revalidatePath(`/foster-homes/${input.data.fosterHomeId}`);
  revalidatePath('/foster-homes');
  return answer(done);
}
