import { describe, expect, it } from 'vitest';
import { validateImportRows, homesByName } from '@/lib/domain/rat-import';
import { ACTION_BODY_LIMIT_BYTES, isMalformedOrigin, refuseRequest } from '@/lib/request-checks';
import { idField, isoDateField, optionalIsoDateField, requiredText } from '@/lib/validation/fields';
import { handlingSessionInput } from '@/lib/validation/handling';
import { parseId } from '@/lib/validation/ids';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_FILE_BYTES, NOT_UTF8_MESSAGE, ratImportInput } from '@/lib/validation/rat-import';
import { ratTableQuery } from '@/lib/validation/rat-table';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('bad input gets a clear refusal', () => {
  it('drops NUL characters from text before any other check', () => {
    expect(requiredText('Enter a name.').parse(' Pip\u0000 ')).toBe('Pip');
    expect(requiredText('Enter a name.').safeParse('\u0000').success).toBe(false);
    expect(ratTableQuery.parse({ q: 'Pi\u0000p' }).q).toBe('Pip');
  });

  it('reads an id only when it fits the database: 1 to 2,147,483,647 in plain digits', () => {
    expect(parseId('42')).toBe(42);
    expect(parseId('2147483647')).toBe(2_147_483_647);
    for (const bad of ['2147483648', '99999999999', '0', '-1', '1e3', '4.2', ' 42', '', undefined, 3e9]) expect(parseId(bad), String(bad)).toBeNull();
    expect(idField.safeParse('2147483648').success).toBe(false);
    expect(ratTableQuery.parse({ intake: 3_000_000_000 }).intake).toBeNull();
  });

  it('refuses dates before 1900 or after 2100 in every kind of date field', () => {
    expect(isoDateField('Enter the date.').safeParse('0001-01-01').error?.issues[0].message).toBe('Enter a year between 1900 and 2100.');
    expect(optionalIsoDateField.safeParse('2101-01-01').success).toBe(false);
    expect(optionalIsoDateField.safeParse('2100-12-31').success).toBe(true);
    const session = handlingSessionInput(NOW).safeParse({ rats: [{ ratId: 1, trustStep: 2 }], sessionAt: '0001-01-01T10:00', durationMinutes: '10', techniques: ['hand_feeding'] });
    expect(session.error?.issues.map((i) => i.message)).toContain('Enter a year between 1900 and 2100.');
    const [row] = validateImportRows([{ Name: 'Pip', DOB: '01/01/1850' }], { name: 'Name', birthDate: 'DOB' }, { homesByName: homesByName([]), existingCodes: new Set(), now: NOW });
    expect(row.reasons).toEqual(['Birth date “01/01/1850” is not in a year from 1900 to 2100']);
  });

  it('refuses an import larger than the limit with the limit in words', () => {
    const rows = JSON.stringify({ fields: ['name'], cells: [['x'.repeat(MAX_IMPORT_FILE_BYTES)]] });
    const parsed = ratImportInput.safeParse({ fileName: 'big.csv', strict: '', rows });
    expect(parsed.error?.issues[0].message).toBe(FILE_TOO_LARGE_MESSAGE);
    expect(FILE_TOO_LARGE_MESSAGE).toMatch(/^The file is too large: at most 10 MB/);
  });

  it('refuses a file that was not UTF-8 (its accents read as U+FFFD) instead of storing garbled text', () => {
    const rows = JSON.stringify({ fields: ['name'], cells: [['Zo\uFFFD']] });
    expect(ratImportInput.safeParse({ fileName: 'latin1.csv', strict: '', rows }).error?.issues[0].message).toBe(NOT_UTF8_MESSAGE);
  });

  it('treats an empty or garbled Origin header as a bad request, and a real or absent one as fine', () => {
    expect(isMalformedOrigin('')).toBe(true);
    expect(isMalformedOrigin('not a url')).toBe(true);
    expect(isMalformedOrigin('http://localhost:3000')).toBe(false);
    expect(isMalformedOrigin('null')).toBe(false);
    expect(isMalformedOrigin(null)).toBe(false);
  });

  it('refuses a request body over the action limit with the file size limit in words', () => {
    expect(refuseRequest({ origin: null, contentLength: String(22 * 1024 * 1024) })).toEqual({ status: 413, message: FILE_TOO_LARGE_MESSAGE });
    expect(refuseRequest({ origin: null, contentLength: String(ACTION_BODY_LIMIT_BYTES) })).toBeNull();
    expect(refuseRequest({ origin: '', contentLength: null })).toMatchObject({ status: 400 });
  });
});
