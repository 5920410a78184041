import { z } from 'zod';
import { text } from './fields';
import { IMPORT_FIELDS, MAX_IMPORT_NOTES_LENGTH, MAX_IMPORT_ROWS } from '../domain/rat-import';

/** A cell longer than this is not a spreadsheet cell we can use (the notes limit, with room). */
const MAX_CELL_LENGTH = MAX_IMPORT_NOTES_LENGTH * 2;

/** Rescue policy: an import file is at most this big (the server accepts a little more, for the form around it). */
export const MAX_IMPORT_FILE_MB = 10;
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_FILE_MB * 1024 * 1024;
export const FILE_TOO_LARGE_MESSAGE = `The file is too large: at most ${MAX_IMPORT_FILE_MB} MB. Split it and import it in parts.`;
export const NOT_UTF8_MESSAGE =
  'The file is not saved as UTF-8 text, so accented letters would be garbled. In Excel choose Save as → “CSV UTF-8”; Numbers and Google Sheets already export UTF-8.';

export const TOO_MANY_ROWS_MESSAGE = `One import holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows: split the file and import it in parts.`;

/** The mapped cells of every row, sent by the browser as JSON in the `rows` form field. */
export const ratImportRows = z
  .object({
    fields: z
      .array(z.enum(IMPORT_FIELDS))
      .min(1)
      .refine((fields) => new Set(fields).size === fields.length, 'A field is mapped twice.')
      .refine((fields) => fields.includes('name'), 'Choose the column that holds the rats’ names.'),
    cells: z
      // U+FFFD is what a non-UTF-8 byte became when the file was read: refuse rather than store it.
      .array(z.array(text().max(MAX_CELL_LENGTH, `A cell is longer than ${MAX_CELL_LENGTH} characters.`).refine((v) => !v.includes('\uFFFD'), NOT_UTF8_MESSAGE)))
      .min(1, 'The file has no rat rows.')
      .max(MAX_IMPORT_ROWS, TOO_MANY_ROWS_MESSAGE),
  })
  .refine((v) => v.cells.every((row) => row.length === v.fields.length), { message: 'Every row must have one cell per field.', path: ['cells'] });

export const ratImportInput = z.object({
  fileName: text()
    .trim()
    .min(1, 'The file needs a name.')
    .max(200)
    .transform((name) => name.replace(/[\r\n\t]+/g, ' ')),
  strict: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  rows: z.preprocess((v, ctx) => {
    if (typeof v !== 'string') return v;
    if (v.length > MAX_IMPORT_FILE_BYTES) {
      ctx.issues.push({ code: 'custom', message: FILE_TOO_LARGE_MESSAGE, input: v });
      return z.NEVER;
    }
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  }, ratImportRows),
});

export type RatImportInput = z.output<typeof ratImportInput>;
