import type { DbOrTx } from '../db/connect';
import { listRatsForExport, type RatExportRow } from '../db/queries/rat-table';
import { PRODUCT_NAME } from './brand';
import { csvHeader, csvRows } from './csv';
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

function exportFileName(now: Date): string {
  return `${PRODUCT_NAME.toLowerCase()}-rats-${toIsoDate(now)}.csv`;
}

/**
 * The rats in `scope` matching the table's filters and sort, as a CSV file named for today,
 * streamed: the header first, then a batch of rows at a time as the database gives them.
 */
export function streamRatsCsv(db: DbOrTx, params: { scope: RatScope; query: RatTableQuery; now: Date }) {
  const batches = listRatsForExport(db, {
    scope: params.scope,
    filters: filtersOf(params.query),
    sort: { by: params.query.sort, dir: params.query.dir },
  });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(RAT_EXPORT_COLUMNS)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(RAT_EXPORT_COLUMNS, next.value.map(exportRecord))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return { fileName: exportFileName(params.now), stream };
}

/** The same export read whole: what the streamed file holds, for tests and small callers. */
export async function exportRatsCsv(db: DbOrTx, params: { scope: RatScope; query: RatTableQuery; now: Date }) {
  const { fileName, stream } = streamRatsCsv(db, params);
  const csv = await new Response(stream).text();
  return { fileName, csv };
}
