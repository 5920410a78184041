import type { DbOrTx } from '../db/connect';
import { listRatsForExport, type RatExportRow } from '../db/queries/rat-table';
import { PRODUCT_NAME } from './brand';
import { toCsv } from './csv';
import type { RatScope } from './domain/access';
import { toIsoDate } from './domain/dates';
import { RAT_STATUS_LABELS } from './domain/vocabulary';
import { filtersOf, type RatTableQuery } from './validation/rat-table';

/** The export's columns; the first ones are headers the CSV import recognises, so a file can go back in. */
export const RAT_EXPORT_COLUMNS = [
  'Code',
  'Name',
  'Sex',
  'Status',
  'Home',
  'Birth date',
  'Birth date estimated',
  'Variety',
  'Markings',
  'Notes',
  'Trust step',
  'In quarantine until',
] as const;

function exportRecord(row: RatExportRow): Record<(typeof RAT_EXPORT_COLUMNS)[number], string | number | null> {
  return {
    Code: row.code,
    Name: row.name,
    Sex: row.sex,
    Status: RAT_STATUS_LABELS[row.status],
    Home: row.homeName,
    'Birth date': row.birthDate,
    'Birth date estimated': row.birthDate ? (row.birthDateEstimated ? 'yes' : 'no') : null,
    Variety: row.variety,
    Markings: row.markings,
    Notes: row.notes,
    'Trust step': row.trustStep,
    'In quarantine until': row.quarantineEndOn,
  };
}

/** The rats in `scope` matching the table's filters and sort, as a CSV file named for today. */
export async function exportRatsCsv(db: DbOrTx, params: { scope: RatScope; query: RatTableQuery; now: Date }) {
  const rows = await listRatsForExport(db, {
    scope: params.scope,
    filters: filtersOf(params.query),
    sort: { by: params.query.sort, dir: params.query.dir },
  });
  return {
    fileName: `${PRODUCT_NAME.toLowerCase()}-rats-${toIsoDate(params.now)}.csv`,
    csv: toCsv(RAT_EXPORT_COLUMNS, rows.map(exportRecord)),
    count: rows.length,
  };
}
