import { describe, expect, it } from 'vitest';
import {
  autoMapColumns,
  cellsFromRows,
  describeRows,
  homesByName,
  parseImportDate,
  parseImportSex,
  parseImportStatus,
  planImport,
  rowsFromCells,
  validateImportRows,
  type ImportContext,
  type ImportRow,
} from '@/lib/domain/rat-import';
import { ratImportInput } from '@/lib/validation/rat-import';

const NOW = new Date('2026-06-15T10:00:00Z');
const context: ImportContext = {
  homesByName: homesByName([
    { id: 1, name: 'Willow House' },
    { id: 2, name: 'Maple Cottage' },
  ]),
  existingCodes: new Set(['R-2026-0001']),
  now: NOW,
};
const HEADERS = ['Name', 'Code', 'Sex', 'DOB', 'Foster', 'Status', 'Variety', 'Markings', 'Notes'];
const mapping = autoMapColumns(HEADERS);

function row(values: Partial<Record<(typeof HEADERS)[number], string>>): ImportRow {
  return { Name: 'Pip', Code: '', Sex: 'f', DOB: '', Foster: '', Status: '', Variety: '', Markings: '', Notes: '', ...values };
}

function check(...rows: ImportRow[]) {
  return validateImportRows(rows, mapping, context);
}

describe('matching spreadsheet columns to rat fields', () => {
  it('recognises the usual headers whatever their case and punctuation', () => {
    expect(autoMapColumns(['Rat name', 'SEX', 'Date of birth', 'Foster home', 'Colour', 'Comments', 'Rescue code'])).toEqual({
      name: 'Rat name',
      sex: 'SEX',
      birthDate: 'Date of birth',
      home: 'Foster home',
      variety: 'Colour',
      notes: 'Comments',
      code: 'Rescue code',
    });
  });

  it('maps "DOB" and "Birth date" to the birth date and "Home" or "Foster" to the home', () => {
    expect(autoMapColumns(['DOB', 'Home'])).toEqual({ birthDate: 'DOB', home: 'Home' });
    expect(autoMapColumns(['Birth date', 'Foster'])).toEqual({ birthDate: 'Birth date', home: 'Foster' });
  });

  it('leaves unknown headers unmapped', () => {
    expect(autoMapColumns(['Favourite food', 'Weight'])).toEqual({});
  });
});

describe('reading cell values', () => {
  it('accepts f, female and doe as female and m, male and buck as male, in any case', () => {
    for (const v of ['f', 'F', 'female', 'Female', 'DOE', 'doe']) expect(parseImportSex(v)).toBe('female');
    for (const v of ['m', 'M', 'male', 'MALE', 'Buck', 'buck']) expect(parseImportSex(v)).toBe('male');
  });

  it('reads a blank sex as unknown and refuses anything else', () => {
    expect(parseImportSex('  ')).toBe('unknown');
    expect(parseImportSex('girl?')).toBeNull();
    expect(parseImportSex('x')).toBeNull();
  });

  it('accepts ISO dates and day-first dates', () => {
    expect(parseImportDate('2026-03-14')).toBe('2026-03-14');
    expect(parseImportDate('2026/3/4')).toBe('2026-03-04');
    expect(parseImportDate('14/03/2026')).toBe('2026-03-14');
    expect(parseImportDate('4.3.2026')).toBe('2026-03-04');
  });

  it('refuses impossible calendar days such as 30 February', () => {
    expect(parseImportDate('2026-02-30')).toBeNull();
    expect(parseImportDate('31/04/2026')).toBeNull();
    expect(parseImportDate('2026-13-01')).toBeNull();
    expect(parseImportDate('last spring')).toBeNull();
  });

  it('accepts a 29 February only in a leap year', () => {
    expect(parseImportDate('2028-02-29')).toBe('2028-02-29');
    expect(parseImportDate('2026-02-29')).toBeNull();
  });

  it('reads a status by its name or its label, and a blank status as in care', () => {
    expect(parseImportStatus('In care')).toBe('in_care');
    expect(parseImportStatus('in_care')).toBe('in_care');
    expect(parseImportStatus('AVAILABLE')).toBe('available');
    expect(parseImportStatus('')).toBe('in_care');
    expect(parseImportStatus('sold')).toBeNull();
  });
});

describe('checking import rows', () => {
  it('accepts a complete valid row and returns the values to write', () => {
    const [result] = check(row({ Name: ' Pip ', Code: 'r-2026-0050', Sex: 'doe', DOB: '2025-09-14', Foster: 'willow house', Status: 'Available', Variety: 'Agouti' }));
    expect(result).toEqual({
      row: 2,
      ok: true,
      reasons: [],
      warnings: [],
      value: {
        name: 'Pip',
        code: 'R-2026-0050',
        sex: 'female',
        birthDate: '2025-09-14',
        fosterHomeId: 1,
        homeName: 'Willow House',
        status: 'available',
        variety: 'Agouti',
        markings: null,
        notes: null,
      },
    });
  });

  it('numbers rows as a spreadsheet does: the header is row 1', () => {
    expect(check(row({}), row({}), row({})).map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('refuses a row without a name', () => {
    const [result] = check(row({ Name: '  ' }));
    expect(result.ok).toBe(false);
    expect(result.reasons).toContain('Name is missing');
  });

  it('refuses an unrecognised sex and names the value', () => {
    const [result] = check(row({ Sex: 'girl?' }));
    expect(result.ok).toBe(false);
    expect(result.reasons[0]).toMatch(/Sex “girl\?” is not recognised/);
  });

  it('refuses an impossible birth date such as 2026-02-30', () => {
    const [result] = check(row({ DOB: '2026-02-30' }));
    expect(result.ok).toBe(false);
    expect(result.reasons[0]).toMatch(/Birth date “2026-02-30” is not a real date/);
  });

  it('refuses a birth date in the future', () => {
    const [result] = check(row({ DOB: '2026-06-16' }));
    expect(result.reasons).toEqual(['Birth date 16 Jun 2026 is in the future']);
    expect(check(row({ DOB: '2026-06-15' }))[0].ok).toBe(true);
  });

  it('refuses a home that is not an active foster home', () => {
    const [result] = check(row({ Foster: 'Oak Barn' }));
    expect(result.reasons).toEqual(['No active foster home is called “Oak Barn”']);
  });

  it('refuses an adopted, transferred or deceased rat with a foster home', () => {
    const [result] = check(row({ Foster: 'Willow House', Status: 'Adopted' }));
    expect(result.ok).toBe(false);
    expect(result.reasons[0]).toMatch(/adopted cannot live in a foster home/);
  });

  it('refuses a code that already belongs to a rat in the rescue', () => {
    const [result] = check(row({ Code: 'R-2026-0001' }));
    expect(result.reasons).toEqual(['Code R-2026-0001 already belongs to a rat in the rescue']);
  });

  it('refuses every row that repeats a code within the file, naming the other rows', () => {
    const results = check(row({ Code: 'R-2026-0007' }), row({}), row({ Code: 'r-2026-0007' }));
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(results[0].reasons).toEqual(['Code R-2026-0007 is also on row 4']);
    expect(results[2].reasons).toEqual(['Code R-2026-0007 is also on row 2']);
  });

  it('gives a new code, with a warning, when the file’s code is not a rescue code', () => {
    const [result] = check(row({ Code: 'PIP-1' }));
    expect(result.ok).toBe(true);
    expect(result.value?.code).toBeNull();
    expect(result.warnings[0]).toMatch(/“PIP-1” is not a rescue code/);
  });

  it('collects every reason a row fails, not only the first', () => {
    const [result] = check(row({ Name: '', Sex: 'x', DOB: '2026-02-30', Foster: 'Nowhere' }));
    expect(result.reasons).toHaveLength(4);
  });

  it('refuses text longer than the field allows', () => {
    const [result] = check(row({ Variety: 'a'.repeat(201) }));
    expect(result.reasons).toEqual(['Variety is longer than 200 characters']);
  });

  it('treats an unmapped field as blank', () => {
    const [result] = validateImportRows([{ Name: 'Pip' }], { name: 'Name' }, context);
    expect(result.value).toMatchObject({ sex: 'unknown', status: 'in_care', birthDate: null, fosterHomeId: null, code: null });
  });
});

describe('planning an import', () => {
  const results = check(row({ Name: 'A' }), row({ Name: '' }), row({ Name: 'C' }));

  it('imports the valid rows and skips the bad ones', () => {
    const plan = planImport(results, { strict: false });
    expect(plan.ok && plan.rats.map((r) => r.name)).toEqual(['A', 'C']);
    expect(plan.ok && plan.skipped.map((r) => r.row)).toEqual([3]);
  });

  it('in strict mode imports nothing when any row is bad, and says which', () => {
    const plan = planImport(results, { strict: true });
    expect(plan).toEqual({ ok: false, reason: expect.stringMatching(/^Strict mode: nothing was imported because row 3 has a problem/) });
  });

  it('refuses a file in which no row is valid', () => {
    expect(planImport(check(row({ Name: '' })), { strict: false }).ok).toBe(false);
  });

  it('names a few rows and counts the rest', () => {
    expect(describeRows([{ row: 2 }, { row: 5 }])).toBe('rows 2 and 5');
    expect(describeRows([{ row: 2 }, { row: 5 }, { row: 6 }, { row: 9 }, { row: 12 }])).toBe('rows 2, 5 and 3 more');
  });
});

describe('sending rows to the server', () => {
  it('sends only the mapped cells and reads them back to the same check results', () => {
    const rows = [row({ Name: 'Pip', DOB: '2026-02-30' }), row({ Name: 'Moss', Sex: 'buck', Foster: 'Maple Cottage' })];
    const { fields, cells } = cellsFromRows(rows, mapping);
    const back = rowsFromCells(fields, cells);
    expect(validateImportRows(back.rows, back.mapping, context)).toEqual(validateImportRows(rows, mapping, context));
  });

  it('caps an import at 5,000 rows with a message that says to split the file', () => {
    const cells = Array.from({ length: 5001 }, () => ['Pip']);
    const parsed = ratImportInput.safeParse({ fileName: 'big.csv', strict: '', rows: JSON.stringify({ fields: ['name'], cells }) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/at most 5,000 rows: split the file/);
  });

  it('refuses rows that are not valid JSON or lack the name column', () => {
    expect(ratImportInput.safeParse({ fileName: 'a.csv', strict: '', rows: '{not json' }).success).toBe(false);
    expect(ratImportInput.safeParse({ fileName: 'a.csv', strict: '', rows: JSON.stringify({ fields: ['sex'], cells: [['f']] }) }).success).toBe(false);
  });
});
