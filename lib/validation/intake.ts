import { z } from 'zod';
import { birthDateFromAge, MAX_AGE_WEEKS, MAX_RATS_PER_INTAKE } from '@/lib/domain/intake';
import { INTAKE_SOURCE_TYPES, SEXES } from '@/lib/domain/vocabulary';
import { checkboxField, isoDateField, optionalIdField, optionalIsoDateField, optionalText, text } from './fields';

/** The fields of one rat row, in the order the row editor shows them. */
export const INTAKE_RAT_FIELDS = ['name', 'sex', 'birthDate', 'ageWeeks', 'variety', 'markings', 'notes'] as const;
export type IntakeRatField = (typeof INTAKE_RAT_FIELDS)[number];
export type IntakeRatRow = Record<IntakeRatField, string>;

export const EMPTY_RAT_ROW: IntakeRatRow = { name: '', sex: '', birthDate: '', ageWeeks: '', variety: '', markings: '', notes: '' };

/** A row with nothing typed in it is left out, like an empty line in a spreadsheet. */
export function isBlankRow(row: Partial<Record<string, unknown>>): boolean {
  return INTAKE_RAT_FIELDS.every((field) => typeof row[field] !== 'string' || (row[field] as string).trim() === '');
}

const ratRow = z.object({
  name: text().trim().max(80, 'Use at most 80 characters.').optional().transform((v) => (v ? v : null)),
  sex: z.enum(SEXES, 'Choose female, male or unknown.'),
  birthDate: optionalIsoDateField,
  ageWeeks: text()
    .trim()
    .optional()
    .refine((v) => !v || /^\d+$/.test(v), 'Enter the age as whole weeks.')
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || v <= MAX_AGE_WEEKS, `An age above ${MAX_AGE_WEEKS} weeks is surely a typo.`),
  variety: optionalText(80),
  markings: optionalText(80),
  notes: optionalText(1000),
});
type ParsedRow = z.output<typeof ratRow> & { rowIndex: number };

/**
 * The rows as the form sent them (`rats.0.name`, …). Blank rows are dropped here, but each kept
 * row remembers its place, so a message lands on the row the person sees.
 */
const ratRows = z
  .array(z.record(z.string(), z.unknown()))
  .max(MAX_RATS_PER_INTAKE, `Record at most ${MAX_RATS_PER_INTAKE} rats in one intake; split a bigger case into batches.`)
  .transform((rows, ctx) => {
    const kept: ParsedRow[] = [];
    rows.forEach((row, rowIndex) => {
      if (isBlankRow(row)) return;
      const parsed = ratRow.safeParse(row);
      if (parsed.success) kept.push({ ...parsed.data, rowIndex });
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [rowIndex, ...issue.path] });
    });
    if (rows.every(isBlankRow)) {
      ctx.addIssue({ code: 'custom', message: 'Add at least one rat.', path: [] });
    }
    return kept;
  });

/** One intake and its rats; ages in weeks become estimated birth dates counted back from the intake date. */
export const intakeInput = z
  .object({
    intakeDate: isoDateField('Enter the date the rats arrived.'),
    sourceType: z.enum(INTAKE_SOURCE_TYPES, 'Choose where the rats came from.'),
    sourceDetails: optionalText(500),
    reason: optionalText(500),
    mixedSex: checkboxField,
    notes: optionalText(2000),
    arrivesAt: optionalIdField,
    rats: ratRows,
  })
  .superRefine((intake, ctx) => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    if (intake.intakeDate > tomorrow) ctx.addIssue({ code: 'custom', path: ['intakeDate'], message: 'The intake date cannot be in the future.' });
    for (const row of intake.rats) {
      if (row.birthDate && row.ageWeeks !== null) {
        ctx.addIssue({ code: 'custom', path: ['rats', row.rowIndex, 'ageWeeks'], message: 'Give a birth date or an age, not both.' });
      } else if (row.birthDate && row.birthDate > intake.intakeDate) {
        ctx.addIssue({ code: 'custom', path: ['rats', row.rowIndex, 'birthDate'], message: 'The birth date is after the intake date.' });
      }
    }
  })
  .transform((intake) => ({
    ...intake,
    rats: intake.rats.map(({ ageWeeks, birthDate, rowIndex, ...rat }) => ({
      ...rat,
      rowIndex,
      birthDate: birthDate ?? (ageWeeks !== null ? birthDateFromAge(intake.intakeDate, ageWeeks) : null),
      // A date typed for a rat born in the rescue's care is known; every other intake date is a guess.
      birthDateEstimated: ageWeeks !== null || intake.sourceType !== 'born_in_care',
    })),
  }));
export type IntakeInput = z.output<typeof intakeInput>;
export type IntakeRatInput = IntakeInput['rats'][number];

const ROW_KEY = /^rats\.(\d+)\.(\w+)$/;

/** The form's `rats.<row>.<field>` inputs gathered into rows, in row order (gaps from removed rows closed). */
export function intakeRowsFrom(values: Iterable<[string, unknown]>): Array<Record<string, unknown>> {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of values) {
    const match = ROW_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= MAX_RATS_PER_INTAKE * 2) continue;
    rows.set(index, { ...rows.get(index), [match[2]]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** The intake form's FormData as the object `intakeInput` parses. */
export function intakeFormData(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (!ROW_KEY.test(key)) fields[key] = value;
  return { ...fields, rats: intakeRowsFrom(form.entries()) };
}
