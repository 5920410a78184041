import { describe, expect, it } from 'vitest';
import { csvSafe, toCsv } from '@/lib/csv';
import { exportHref, parseRatTableParams, serializeRatTableParams } from '@/lib/rat-table-params';
import { activeFilterCount, filtersOf } from '@/lib/validation/rat-table';

describe('rats table URL parameters', () => {
  it('gives the defaults for an empty URL: sorted by code, page 1 of 25, no filters', () => {
    const query = parseRatTableParams({});
    expect(query).toMatchObject({ sort: 'code', dir: 'asc', page: 1, size: 25, q: '', status: [] });
    expect(activeFilterCount(filtersOf(query))).toBe(0);
  });

  it('reads every filter from the URL', () => {
    const query = parseRatTableParams(
      new URLSearchParams('q=pip&status=intake,in_care&home=3&sex=female&quarantine=yes&intake=9&stepMin=2&stepMax=5&sort=name&dir=desc&page=3&size=50'),
    );
    expect(query).toEqual({
      q: 'pip',
      status: ['intake', 'in_care'],
      home: 3,
      sex: 'female',
      quarantine: 'yes',
      intake: 9,
      stepMin: 2,
      stepMax: 5,
      sort: 'name',
      dir: 'desc',
      page: 3,
      size: 50,
      after: null,
      before: null,
    });
  });

  it('takes a page cursor only when it is a rat code', () => {
    expect(parseRatTableParams({ after: 'R-2026-0042' })).toMatchObject({ after: 'R-2026-0042', before: null });
    expect(parseRatTableParams({ before: 'R-2026-0042' })).toMatchObject({ after: null, before: 'R-2026-0042' });
    expect(parseRatTableParams({ after: "R-2026-0042' or 1=1" }).after).toBeNull();
  });

  it('only sorts by whitelisted columns: anything else falls back to the code', () => {
    expect(parseRatTableParams({ sort: 'password_hash' }).sort).toBe('code');
    expect(parseRatTableParams({ sort: 'name; drop table rats' }).sort).toBe('code');
    expect(parseRatTableParams({ sort: 'trustStep', dir: 'sideways' })).toMatchObject({ sort: 'trustStep', dir: 'asc' });
  });

  it('drops unknown statuses and keeps the known ones', () => {
    expect(parseRatTableParams({ status: 'intake,escaped,available' }).status).toEqual(['intake', 'available']);
  });

  it('allows only page sizes of 25, 50 and 100', () => {
    expect(parseRatTableParams({ size: '100' }).size).toBe(100);
    expect(parseRatTableParams({ size: '30' }).size).toBe(25);
    expect(parseRatTableParams({ size: '100000' }).size).toBe(25);
  });

  it('turns a nonsense page into page 1', () => {
    expect(parseRatTableParams({ page: '0' }).page).toBe(1);
    expect(parseRatTableParams({ page: '-4' }).page).toBe(1);
    expect(parseRatTableParams({ page: 'two' }).page).toBe(1);
  });

  it('keeps trust steps within the ladder and turns a reversed range round', () => {
    expect(parseRatTableParams({ stepMin: '9' }).stepMin).toBeNull();
    expect(parseRatTableParams({ stepMin: '6', stepMax: '2' })).toMatchObject({ stepMin: 2, stepMax: 6 });
  });

  it('reads "none" as rats without a home and ignores a malformed home', () => {
    expect(parseRatTableParams({ home: 'none' }).home).toBe('none');
    expect(parseRatTableParams({ home: '1e3' }).home).toBeNull();
  });

  it('trims the search text and cuts it at 100 characters', () => {
    expect(parseRatTableParams({ q: '  Pip  ' }).q).toBe('Pip');
    expect(parseRatTableParams({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });

  it('round-trips: a serialized view parses back to the same view', () => {
    const url = serializeRatTableParams('/rats', { status: ['reserved', 'available'], quarantine: 'no', sort: 'birthDate', dir: 'desc', page: 2 });
    const query = parseRatTableParams(new URL(url, 'http://x').searchParams);
    expect(query).toMatchObject({ status: ['reserved', 'available'], quarantine: 'no', sort: 'birthDate', dir: 'desc', page: 2 });
  });

  it('the export link keeps filters and sort but not the page, page size or hidden columns', () => {
    expect(exportHref({ status: ['intake'], sort: 'name', page: 4, size: 100, hide: ['code'] })).toBe('/api/rats/export?status=intake&sort=name');
  });
});

describe('CSV cells', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvSafe('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(csvSafe('+1')).toBe(`'+1`);
    expect(csvSafe('-2')).toBe(`'-2`);
    expect(csvSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvSafe('Pip')).toBe('Pip');
    expect(csvSafe(3)).toBe(3);
    expect(csvSafe(null)).toBe('');
  });

  it('writes a header row and quotes cells with commas, quotes and line breaks', () => {
    const csv = toCsv(['Name', 'Notes'], [{ Name: 'Pip', Notes: 'Shy, "nervous"\nbites' }]);
    expect(csv).toBe('\uFEFFName,Notes\r\nPip,"Shy, ""nervous""\nbites"');
  });
});
