import { z } from 'zod';
import { IMPORT_FIELDS, MAX_IMPORT_NOTES_LENGTH, MAX_IMPORT_ROWS } from '../domain/rat-import';

/** A cell longer than this is not a spreadsheet cell we can use (the notes limit, with room). */
const MAX_CELL_LENGTH = MAX_IMPORT_NOTES_LENGTH * 2;

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
      .array(z.array(z.string().max(MAX_CELL_LENGTH, `A cell is longer than ${MAX_CELL_LENGTH} characters.`)))
      .min(1, 'The file has no rat rows.')
      .max(MAX_IMPORT_ROWS, TOO_MANY_ROWS_MESSAGE),
  })
  .refine((v) => v.cells.every((row) => row.length === v.fields.length), { message: 'Every row must have one cell per field.', path: ['cells'] });

export const ratImportInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'The file needs a name.')
    .max(200)
    .transform((name) => name.replace(/[\r\n\t]+/g, ' ')),
  strict: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  rows: z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  }, ratImportRows),
});

export type RatImportInput = z.output<typeof ratImportInput>;
