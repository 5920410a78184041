import Papa from 'papaparse';

/** Characters a spreadsheet reads as the start of a formula (or that can smuggle one in). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that cannot run as a formula when the file is opened in a spreadsheet (CSV injection):
 * text starting with = + - @ (or a tab or carriage return) gets a leading single quote.
 */
export function csvSafe(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV text from records, every cell made safe; a byte-order mark lets Excel read it as UTF-8. */
export function toCsv(header: readonly string[], records: ReadonlyArray<Record<string, string | number | boolean | null | undefined>>): string {
  const data = records.map((record) => header.map((h) => csvSafe(record[h])));
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { newline: '\r\n' })}`;
}
