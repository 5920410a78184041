'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import {
  addRatPhoto,
  changeRatStatus,
  deleteRatPhoto,
  getParentCandidates,
  getRatRecord,
  ratEditorsSince,
  ratLabels,
  setMainRatPhoto,
  PedigreeLoopError,
  updateRatProfile,
} from '@/db/queries/rat-records';
import { formValues, invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole, STAFF_ROLES, type CurrentUser } from '@/lib/authz';
import { answer, submitOnce } from '@/lib/submit-once';
import { changesSince, describeConflict, mergeAfterConflict, profileBase } from '@/lib/domain/rat-profile';
import { canChangeStatus } from '@/lib/domain/rat-status';
import { RAT_STATUS_LABELS } from '@/lib/domain/vocabulary';
import { preparePhoto } from '@/lib/photo-processing';
import { deleteObject, putObject } from '@/lib/storage';
import { profileBaseInput, ratPhotoInput, ratPhotoUploadInput, ratProfileInput, ratStatusInput } from '@/lib/validation/rat';

function revalidateRat(ratId: number) {
  revalidatePath(`/rats/${ratId}`);
  revalidatePath('/rats');
}

/** The rat in the user's scope, or not-found: every action re-checks scope with a query. */
async function ratInScope(db: Db, user: CurrentUser, ratId: number) {
  const rat = await getRatRecord(db, { id: ratId, scope: ratScope(user) });
  if (!rat) notFound();
  return rat;
}

function positiveIds(...values: Array<FormDataEntryValue | null>): number[] {
  return values.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * Someone saved the rat after this form was opened: say who, when and what changed, and hand
 * back the form with the person's own changes kept on top of the rat as it is now.
 */
async function conflictResult(db: Db, user: CurrentUser, ratId: number, form: FormData, kind: 'profile' | 'status'): Promise<ActionResult> {
  const base = profileBaseInput.safeParse(form.get('base'));
  const current = await ratInScope(db, user, ratId);
  const editors = await ratEditorsSince(db, { ratId, afterAuditId: base.success ? base.data.auditId : current.auditId - 1 });
  const names = await ratLabels(db, {
    ids: [current.damId, current.sireId, ...(base.success ? [base.data.damId, base.data.sireId] : [])].filter((id): id is number => id !== null),
  });
  const changes = base.success ? changesSince(base.data, current, names) : [];
  const mine = formValues(form);
  const values: Record<string, string> = { ...mine, version: String(current.version), base: profileBase(current) };
  const fieldErrors: Record<string, string[]> = {};
  if (kind === 'profile' && base.success) {
    const merged = mergeAfterConflict(base.data, mine, current);
    Object.assign(values, merged.values);
    // Both changed the same field: point at it. The person's value stays in the form.
    const who = editors.at(-1)?.name ?? 'Someone';
    for (const field of merged.collisions) {
      const to = changes.find((c) => c.field === field)?.to ?? 'something else';
      fieldErrors[field] = [`${who} changed this to ${to} meanwhile. Your value is kept here: save again to use it.`];
    }
  }
  revalidateRat(ratId);
  return { ok: false, message: describeConflict({ editors, changes, now: new Date(), kind }), fieldErrors, values };
}

export async function updateRatProfileAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const db = await getDb();
  const parents = await getParentCandidates(db, { ids: positiveIds(form.get('damId'), form.get('sireId')) });
  const input = ratProfileInput({ now: new Date(), parents }).safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { ratId, version, ...profile } = input.data;
  await ratInScope(db, user, ratId);
  let result: Awaited<ReturnType<typeof updateRatProfile>>;
  try {
    result = await updateRatProfile(db, { ratId, expectedVersion: version, profile, actorId: user.id });
  } catch (error) {
    if (error instanceof PedigreeLoopError) return refused(error.message, form);
    throw error;
  }
  if (!result.ok) return conflictResult(db, user, ratId, form, 'profile');
  revalidateRat(ratId);
  const changed = Object.keys(result.changes).length;
  return { ok: true, message: changed ? `Saved ${profile.name}’s profile.` : 'Nothing had changed, so nothing was saved.' };
}

export async function changeRatStatusAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const input = ratStatusInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const rat = await ratInScope(db, user, input.data.ratId);
  if (rat.version !== input.data.version) return conflictResult(db, user, rat.id, form, 'status');
  const decision = canChangeStatus(rat, input.data.status, { reason: input.data.reason });
  if (!decision.ok) {
    // Allowed with some reason: the missing reason is the problem, so the message goes there.
    const field = canChangeStatus(rat, input.data.status, { reason: 'given' }).ok ? 'reason' : 'status';
    return { ok: false, message: decision.reason, fieldErrors: { [field]: [decision.reason] }, values: formValues(form) };
  }
  const result = await changeRatStatus(db, {
    ratId: rat.id,
    expectedVersion: input.data.version,
    from: rat.status,
    to: input.data.status,
    reason: input.data.reason,
    actorId: user.id,
    now: new Date(),
  });
  if (!result.ok) return conflictResult(db, user, rat.id, form, 'status');
  revalidateRat(rat.id);
  return { ok: true, message: `${rat.name} is now ${RAT_STATUS_LABELS[input.data.status].toLowerCase()}.` };
}

export async function uploadRatPhotoAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const input = ratPhotoUploadInput.safeParse({
    ratId: form.get('ratId'),
    caption: form.get('caption') ?? undefined,
    photo: form.get('photo'),
  });
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const rat = await ratInScope(db, user, input.data.ratId);
  const prepared = await preparePhoto(new Uint8Array(await input.data.photo.arrayBuffer()));
  if (!prepared.ok) return { ok: false, message: prepared.reason, fieldErrors: { photo: [prepared.reason] }, values: formValues(form) };

  // The files are stored only by the first request with this form's key: a double tap gets the
  // first answer and stores nothing.
  const done = await submitOnce(form, { action: 'uploadRatPhoto', userId: user.id }, async (tx) => {
    const name = randomUUID();
    const storageKey = `rats/${rat.id}/${name}.${prepared.extension}`;
    const thumbnailKey = `rats/${rat.id}/${name}-thumb.webp`;
    try {
      await putObject(storageKey, prepared.original);
      await putObject(thumbnailKey, prepared.thumbnail);
      const photo = await addRatPhoto(tx, {
        ratId: rat.id,
        storageKey,
        thumbnailKey,
        contentType: prepared.contentType,
        bytes: prepared.original.byteLength,
        caption: input.data.caption,
        actorId: user.id,
      });
      return { ok: true, message: photo.isMain ? `Added the photo: it is ${rat.name}’s main photo.` : 'Added the photo.' };
    } catch (error) {
      await Promise.allSettled([deleteObject(storageKey), deleteObject(thumbnailKey)]);
      throw error;
    }
  });
  revalidateRat(rat.id);
  return answer(done);
}

/** Staff only; the photo's rat must be in the user's scope (checked by query). */
async function photoTarget(form: FormData) {
  const user = await requireRole(STAFF_ROLES);
  const input = ratPhotoInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { found: false, refusal: invalid(input.error) } as const;
  const db = await getDb();
  const rat = await ratInScope(db, user, input.data.ratId);
  return { found: true, db, rat, params: { ...input.data, actorId: user.id } } as const;
}

export async function setMainRatPhotoAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const target = await photoTarget(form);
  if (!target.found) return target.refusal;
  const found = await setMainRatPhoto(target.db, target.params);
  revalidateRat(target.rat.id);
  if (!found) return refused('That photo was deleted in the meantime.');
  return { ok: true, message: `That is now ${target.rat.name}’s main photo.` };
}

export async function deleteRatPhotoAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const target = await photoTarget(form);
  if (!target.found) return target.refusal;
  const deleted = await deleteRatPhoto(target.db, target.params);
  revalidateRat(target.rat.id);
  if (!deleted) return refused('That photo was already deleted.');
  // The record is gone, so nobody can reach the files any more: a failed clean-up only wastes disk.
  const cleanup = await Promise.allSettled([deleteObject(deleted.storageKey), deleteObject(deleted.thumbnailKey)]);
  for (const result of cleanup) if (result.status === 'rejected') console.error('Could not delete a photo file', result.reason);
  return { ok: true, message: 'Deleted the photo.' };
}
