import Papa from 'papaparse';

/** Characters a spreadsheet reads as the start of a formula (or that can smuggle one in). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A formula start after a separator a spreadsheet may split on: a spreadsheet set to another
 * separator (`;` in much of Europe) opens `foo;=1+1` as two cells, the second a formula.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t|]\s*["']?)([=+\-@])/g;

/**
 * A cell that cannot run as a formula when the file is opened in a spreadsheet (CSV injection):
 * text starting with = + - @ (or a tab or carriage return) gets a leading single quote, and so
 * does such a character after a separator inside the text.
 */
export function csvSafe(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

type CsvRecord = Record<string, string | number | boolean | null | undefined>;

/** CSV text from records, every cell made safe; a byte-order mark lets Excel read it as UTF-8. */
export function toCsv(header: readonly string[], records: readonly CsvRecord[]): string {
  const data = records.map((record) => header.map((h) => csvSafe(record[h])));
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { newline: '\r\n' })}`;
}

/** A streamed CSV's first chunk: the byte-order mark and the header line. */
export function csvHeader(header: readonly string[]): string {
  return `\uFEFF${Papa.unparse([header.map((h) => csvSafe(h))], { newline: '\r\n' })}`;
}

/** Further lines of a streamed CSV, each cell made safe, every line starting on a new line. */
export function csvRows(header: readonly string[], records: readonly CsvRecord[]): string {
  if (records.length === 0) return '';
  return `\r\n${Papa.unparse(records.map((record) => header.map((h) => csvSafe(record[h]))), { newline: '\r\n' })}`;
}
