'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { writeOnce } from '@/db/queries/idempotency';
import { importRatsFromRows } from '@/db/queries/rat-import';
import { requireRole } from '@/lib/authz';
import { idempotencyKeyOf, INCOMPLETE_FORM } from '@/lib/idempotency';
import { RAT_IMPORT_ROLES, rowsFromCells, type ImportRowResult } from '@/lib/domain/rat-import';
import { ratImportInput } from '@/lib/validation/rat-import';

export type RatImportResult =
  | { state: 'idle' }
  | { state: 'imported'; imported: number; intakeId: number; skippedRows: number[]; message: string }
  | { state: 'refused'; message: string; results?: ImportRowResult[] };

export async function importRatsAction(_prev: RatImportResult, form: FormData): Promise<RatImportResult> {
  const user = await requireRole(RAT_IMPORT_ROLES);
  const input = ratImportInput.safeParse({ fileName: form.get('fileName'), strict: form.get('strict'), rows: form.get('rows') });
  if (!input.success) return { state: 'refused', message: input.error.issues[0]?.message ?? 'The import could not be read.' };
  const key = idempotencyKeyOf(form);
  if (!key) return { state: 'refused', message: INCOMPLETE_FORM };
  const { rows, mapping } = rowsFromCells(input.data.rows.fields, input.data.rows.cells);
  let done;
  try {
    // Once per form key: a double click or a retried request imports nothing more and gets the first answer.
    done = await writeOnce(await getDb(), { key, action: 'importRats', userId: user.id }, async (tx): Promise<RatImportResult> => {
      const outcome = await importRatsFromRows(tx, { rows, mapping, strict: input.data.strict, fileName: input.data.fileName, actorId: user.id, now: new Date() });
      if (!outcome.ok) return { state: 'refused', message: outcome.message, results: outcome.results.filter((r) => !r.ok) };
      const skipped = outcome.skipped.length;
      return {
        state: 'imported',
        imported: outcome.imported,
        intakeId: outcome.intakeId,
        skippedRows: outcome.skipped.map((r) => r.row),
        message: `Imported ${outcome.imported} ${outcome.imported === 1 ? 'rat' : 'rats'}${skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'row was' : 'rows were'} skipped` : ''}.`,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { state: 'refused', message: 'Another import took one of these rescue codes a moment ago. Nothing was imported: check the file again and retry.' };
    }
    throw error;
  }
  revalidatePath('/rats');
  revalidatePath('/rats/import'); // the preview's list of codes in use
  return done.value ?? { state: 'refused', message: 'This import was already sent.' };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
