'use client';

import Papa from 'papaparse';
import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_ROWS } from '@/lib/domain/rat-import';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_FILE_BYTES, NOT_UTF8_MESSAGE, TOO_MANY_ROWS_MESSAGE } from '@/lib/validation/rat-import';

export type CsvFile =
  | { status: 'empty' }
  | { status: 'reading'; name: string; progress: number; rowsRead: number }
  | { status: 'read'; name: string; headers: string[]; rows: Record<string, string>[] }
  | { status: 'failed'; name: string; message: string };

/** Chunks small enough that a large file shows its progress as it is read. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a CSV file in the browser, chunk by chunk, reporting progress as it goes. The first row
 * is the header; blank lines are skipped; reading stops past the import's row limit.
 */
export function useCsvFile() {
  const [file, setFile] = useState<CsvFile>({ status: 'empty' });
  const current = useRef<Papa.Parser | null>(null);
  // Aborting a read still calls `complete`: only the latest read may set the state.
  const generation = useRef(0);

  const read = useCallback((input: File) => {
    const mine = ++generation.current;
    current.current?.abort();
    const name = input.name;
    const rows: Record<string, string>[] = [];
    let headers: string[] = [];
    let failure: string | null = null;
    const report = (next: CsvFile) => {
      if (generation.current === mine) setFile(next);
    };
    // Refused before reading: the server would refuse the upload anyway, less kindly.
    if (input.size > MAX_IMPORT_FILE_BYTES) {
      report({ status: 'failed', name, message: FILE_TOO_LARGE_MESSAGE });
      return;
    }
    report({ status: 'reading', name, progress: 0, rowsRead: 0 });
    // A spreadsheet saved in a legacy encoding would turn its accents into U+FFFD: check the bytes first.
    input.arrayBuffer().then(
      (bytes) => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          report({ status: 'failed', name, message: NOT_UTF8_MESSAGE });
          return;
        }
        parse();
      },
      () => report({ status: 'failed', name, message: 'The file could not be read.' }),
    );
    const parse = () => Papa.parse<Record<string, string>>(input, {
      header: true,
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_BYTES,
      transformHeader: (header) => header.trim(),
      chunk: (results, parser) => {
        current.current = parser;
        if (headers.length === 0) headers = (results.meta.fields ?? []).filter((h) => h !== '');
        rows.push(...results.data);
        if (rows.length > MAX_IMPORT_ROWS) {
          failure = `This file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. ${TOO_MANY_ROWS_MESSAGE}`;
          parser.abort();
          return;
        }
        const progress = input.size > 0 ? Math.min(99, (results.meta.cursor / input.size) * 100) : 99;
        report({ status: 'reading', name, progress, rowsRead: rows.length });
      },
      complete: () => {
        if (generation.current === mine) current.current = null;
        if (failure) report({ status: 'failed', name, message: failure });
        else if (headers.length === 0) report({ status: 'failed', name, message: 'The file is empty or has no header row.' });
        else if (rows.length === 0) report({ status: 'failed', name, message: 'The file has a header row but no rats below it.' });
        else report({ status: 'read', name, headers, rows });
      },
      error: (error) => {
        if (generation.current === mine) current.current = null;
        report({ status: 'failed', name, message: `The file could not be read: ${error.message}` });
      },
    });
  }, []);

  const clear = useCallback(() => {
    generation.current++;
    current.current?.abort();
    setFile({ status: 'empty' });
  }, []);

  return { file, read, clear };
}
