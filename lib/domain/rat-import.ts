import { EARLIEST_YEAR, isYearInRange, LATEST_YEAR, toIsoDate } from './dates';
import { longDate } from './intake';
import { checkImportedCode } from './rescue-code';
import { LEFT_CARE_STATUSES, RAT_STATUS_LABELS, RAT_STATUSES, type RatStatus, type Role, type Sex } from './vocabulary';

/*
 * Importing rats from a rescue's own spreadsheet. The browser previews with these rules and the
 * server checks every row again with the same ones before anything is written.
 */

/** Staff and admins bring rats in; coordinators and fosters do not. */
export const RAT_IMPORT_ROLES = ['admin', 'staff'] as const satisfies readonly Role[];

/** Rescue policy: one import holds at most this many rows; bigger files are split. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_NAME_LENGTH = 100;
export const MAX_IMPORT_TEXT_LENGTH = 200;
export const MAX_IMPORT_NOTES_LENGTH = 2000;

export const IMPORT_FIELDS = ['name', 'code', 'sex', 'birthDate', 'home', 'status', 'variety', 'markings', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  code: 'Rescue code',
  sex: 'Sex',
  birthDate: 'Birth date',
  home: 'Foster home',
  status: 'Status',
  variety: 'Variety',
  markings: 'Markings',
  notes: 'Notes',
};

/** Which spreadsheet column (by header) holds each field; a field left out is not in the file. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Headers recognised for each field, compared without case, spaces or punctuation. */
const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'ratname', 'petname'],
  code: ['code', 'rescuecode', 'ratcode', 'rescueid', 'ratid'],
  sex: ['sex', 'gender'],
  birthDate: ['dob', 'birthdate', 'dateofbirth', 'born', 'birthday', 'bornon'],
  home: ['home', 'foster', 'fosterhome', 'fosterer', 'fostercarer', 'location'],
  status: ['status', 'state'],
  variety: ['variety', 'colour', 'color', 'coat'],
  markings: ['markings', 'marking', 'pattern'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Matches the file's headers to fields ("DOB" → birth date, "Foster" → home); each header is used once. */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const header = headers.find((h) => !used.has(h) && HEADER_SYNONYMS[field].includes(headerKey(h)));
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

export type HomeRef = { id: number; name: string };

/** Homes keyed the way a spreadsheet cell is matched: trimmed, case-insensitive. */
export function homesByName(homes: readonly HomeRef[]): Map<string, HomeRef> {
  return new Map(homes.map((h) => [normaliseName(h.name), h]));
}

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export type ImportContext = {
  /** Active foster homes, from `homesByName`. */
  homesByName: ReadonlyMap<string, HomeRef>;
  /** Rescue codes already used in the database. */
  existingCodes: ReadonlySet<string>;
  now: Date;
};

export type ImportedRat = {
  name: string;
  /** The file's code when it is a valid, unused rescue code; null means "give it a new one". */
  code: string | null;
  sex: Sex;
  birthDate: string | null;
  fosterHomeId: number | null;
  homeName: string | null;
  status: RatStatus;
  variety: string | null;
  markings: string | null;
  notes: string | null;
};

export type ImportRowResult = {
  /** The row number as a spreadsheet shows it: the header is row 1, the first rat row 2. */
  row: number;
  ok: boolean;
  /** Why the row cannot be imported. */
  reasons: string[];
  /** What will be done differently from the file, though the row imports. */
  warnings: string[];
  value: ImportedRat | null;
};

export type ImportRow = Readonly<Record<string, string | undefined>>;

/** The spreadsheet row number of the row at `index` (0-based) below the header. */
export function rowNumber(index: number): number {
  return index + 2;
}

const SEX_WORDS: Record<string, Sex> = {
  f: 'female',
  female: 'female',
  doe: 'female',
  m: 'male',
  male: 'male',
  buck: 'male',
  u: 'unknown',
  unknown: 'unknown',
  '?': 'unknown',
};

/** Female from f/female/doe, male from m/male/buck, unknown when blank; anything else is refused. */
export function parseImportSex(value: string): Sex | null {
  const key = value.trim().toLowerCase();
  if (key === '') return 'unknown';
  return SEX_WORDS[key] ?? null;
}

/**
 * A calendar date from `2026-03-14`, `2026/03/14` or day-first `14/03/2026` (also with `-` or
 * `.`); null when it is not a real day (2026-02-30).
 */
export function parseImportDate(value: string): string | null {
  const text = value.trim();
  let parts: [number, number, number] | null = null;
  const isoLike = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (isoLike) parts = [Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3])];
  else if (dayFirst) parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return toIsoDate(date);
}

const STATUS_WORDS = new Map<string, RatStatus>(
  RAT_STATUSES.flatMap((s) => [
    [statusKey(s), s],
    [statusKey(RAT_STATUS_LABELS[s]), s],
  ]),
);

function statusKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** A status from its name or label ("In care", "in_care"); in care when blank. */
export function parseImportStatus(value: string): RatStatus | null {
  if (value.trim() === '') return 'in_care';
  return STATUS_WORDS.get(statusKey(value)) ?? null;
}

/** Statuses of rats that no longer live in a foster home, so a home in the file makes no sense. */

const CODE_EXAMPLE = 'R-2026-0042';

function optionalText(value: string, label: string, max: number, reasons: string[]): string | null {
  const text = value.trim();
  if (text.length > max) reasons.push(`${label} is longer than ${max} characters`);
  return text === '' ? null : text;
}

/**
 * Checks every row of a rat spreadsheet: a name is required; sex must be recognisable; a birth
 * date must be a real day and not in the future; the home must be an active foster home; a
 * rescue code may not repeat within the file or match a rat already recorded, and must be
 * within the rescue's numbering (`checkImportedCode`). A code that is not a rescue code at all
 * is replaced by a new one (a warning, not a refusal).
 */
export function validateImportRows(rows: readonly ImportRow[], mapping: ColumnMapping, context: ImportContext): ImportRowResult[] {
  const cell = (row: ImportRow, field: ImportField) => {
    const header = mapping[field];
    return header === undefined ? '' : (row[header] ?? '');
  };
  const today = toIsoDate(context.now);

  // Rows carrying each valid code, to name the other rows in a duplicate.
  const codeRows = new Map<string, number[]>();
  const codes = rows.map((row, index) => {
    const raw = cell(row, 'code').trim().toUpperCase();
    if (raw !== '' && checkImportedCode(raw, context.now).kind === 'code') {
      const list = codeRows.get(raw) ?? [];
      list.push(rowNumber(index));
      codeRows.set(raw, list);
    }
    return raw;
  });

  return rows.map((row, index): ImportRowResult => {
    const reasons: string[] = [];
    const warnings: string[] = [];
    const line = rowNumber(index);

    const name = cell(row, 'name').trim().replace(/\s+/g, ' ');
    if (name === '') reasons.push('Name is missing');
    else if (name.length > MAX_IMPORT_NAME_LENGTH) reasons.push(`Name is longer than ${MAX_IMPORT_NAME_LENGTH} characters`);

    const sexCell = cell(row, 'sex');
    const sex = parseImportSex(sexCell);
    if (!sex) reasons.push(`Sex “${sexCell.trim()}” is not recognised: use female (f, doe), male (m, buck) or leave it blank`);

    const dateCell = cell(row, 'birthDate').trim();
    let birthDate: string | null = null;
    if (dateCell !== '') {
      birthDate = parseImportDate(dateCell);
      if (!birthDate) reasons.push(`Birth date “${dateCell}” is not a real date (use 2026-03-14 or 14/03/2026)`);
      else if (!isYearInRange(birthDate)) reasons.push(`Birth date “${dateCell}” is not in a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
      else if (birthDate > today) reasons.push(`Birth date ${longDate(birthDate)} is in the future`);
    }

    const statusCell = cell(row, 'status');
    const status = parseImportStatus(statusCell);
    if (!status) reasons.push(`Status “${statusCell.trim()}” is not one of: ${RAT_STATUSES.map((s) => RAT_STATUS_LABELS[s]).join(', ')}`);

    const homeCell = cell(row, 'home').trim();
    let home: HomeRef | null = null;
    if (homeCell !== '') {
      home = context.homesByName.get(normaliseName(homeCell)) ?? null;
      if (!home) reasons.push(`No active foster home is called “${homeCell}”`);
      else if (status && (LEFT_CARE_STATUSES as readonly RatStatus[]).includes(status)) {
        reasons.push(`A rat that is ${RAT_STATUS_LABELS[status].toLowerCase()} cannot live in a foster home: clear the home or the status`);
      }
    }

    const code = codes[index];
    let keptCode: string | null = null;
    const codeCheck = code === '' ? null : checkImportedCode(code, context.now);
    if (codeCheck) {
      if (codeCheck.kind === 'not-a-code') {
        warnings.push(`“${code}” is not a rescue code like ${CODE_EXAMPLE}: the rat gets a new code`);
      } else if (codeCheck.kind === 'refused') {
        reasons.push(codeCheck.reason);
      } else if (context.existingCodes.has(code)) {
        reasons.push(`Code ${code} already belongs to a rat in the rescue`);
      } else {
        const others = (codeRows.get(code) ?? []).filter((n) => n !== line);
        if (others.length > 0) reasons.push(`Code ${code} is also on row ${others.join(', ')}`);
        else keptCode = code;
      }
    }

    const variety = optionalText(cell(row, 'variety'), 'Variety', MAX_IMPORT_TEXT_LENGTH, reasons);
    const markings = optionalText(cell(row, 'markings'), 'Markings', MAX_IMPORT_TEXT_LENGTH, reasons);
    const notes = optionalText(cell(row, 'notes'), 'Notes', MAX_IMPORT_NOTES_LENGTH, reasons);

    if (reasons.length > 0 || !sex || !status) return { row: line, ok: false, reasons, warnings, value: null };
    return {
      row: line,
      ok: true,
      reasons,
      warnings,
      value: {
        name,
        code: keptCode,
        sex,
        birthDate,
        fosterHomeId: home?.id ?? null,
        homeName: home?.name ?? null,
        status,
        variety,
        markings,
        notes,
      },
    };
  });
}

export type ImportPlan = { ok: true; rats: ImportedRat[]; skipped: ImportRowResult[] } | { ok: false; reason: string };

/**
 * What an import writes: every valid row, skipping bad ones; in strict mode a single bad row
 * stops the whole import, so a file is taken entirely or not at all.
 */
export function planImport(results: readonly ImportRowResult[], options: { strict: boolean }): ImportPlan {
  const bad = results.filter((r) => !r.ok);
  const good = results.flatMap((r) => (r.ok && r.value ? [r.value] : []));
  if (results.length === 0) return { ok: false, reason: 'The file has no rat rows.' };
  if (options.strict && bad.length > 0) {
    return {
      ok: false,
      reason: `Strict mode: nothing was imported because ${describeRows(bad)} ${bad.length === 1 ? 'has a problem' : 'have problems'}. Fix the file, or turn strict mode off to import the valid rows.`,
    };
  }
  if (good.length === 0) return { ok: false, reason: 'Nothing was imported: no row is valid.' };
  return { ok: true, rats: good, skipped: bad };
}

/** "row 5", "rows 5 and 12", "rows 5, 12 and 3 more". */
export function describeRows(results: readonly Pick<ImportRowResult, 'row'>[]): string {
  const numbers = results.map((r) => r.row);
  if (numbers.length === 1) return `row ${numbers[0]}`;
  if (numbers.length <= 3) return `rows ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  return `rows ${numbers.slice(0, 2).join(', ')} and ${numbers.length - 2} more`;
}

/** Rows sent as arrays of cells in `fields` order, back into records the validator reads. */
export function rowsFromCells(fields: readonly ImportField[], cells: readonly (readonly string[])[]): { rows: ImportRow[]; mapping: ColumnMapping } {
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f, f]));
  const rows = cells.map((values) => Object.fromEntries(fields.map((f, i) => [f, values[i] ?? ''])));
  return { rows, mapping };
}

/** The mapped cells of each row, in `fields` order: what the browser sends to the server. */
export function cellsFromRows(rows: readonly ImportRow[], mapping: ColumnMapping): { fields: ImportField[]; cells: string[][] } {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== undefined);
  const cells = rows.map((row) => fields.map((f) => row[mapping[f] as string] ?? ''));
  return { fields, cells };
}
