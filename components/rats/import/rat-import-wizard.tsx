'use client';

import { IDEMPOTENCY_FIELD, newIdempotencyKey } from '@/lib/idempotency';
import { AlertTriangle, CheckCircle2, FileSpreadsheet, Upload } from 'lucide-react';
import Link from 'next/link';
import { startTransition, useActionState, useId, useMemo, useState } from 'react';
import { importRatsAction, type RatImportResult } from '@/app/(dashboard)/rats/import/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import {
  autoMapColumns,
  cellsFromRows,
  describeRows,
  homesByName,
  IMPORT_FIELD_LABELS,
  validateImportRows,
  type ColumnMapping,
  type HomeRef,
  type ImportRowResult,
} from '@/lib/domain/rat-import';
import { serializeRatTableParams } from '@/lib/rat-table-params';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_FILE_BYTES } from '@/lib/validation/rat-import';
import { ColumnMapper } from './column-mapper';
import { ImportPreview } from './import-preview';
import { useCsvFile } from './use-csv-file';

const TEMPLATE_HEADERS = ['Name', 'Code', 'Sex', 'Birth date', 'Home', 'Status', 'Variety', 'Markings', 'Notes'];
const TEMPLATE = `${TEMPLATE_HEADERS.join(',')}\r\nPip,,female,2025-09-14,,In care,Agouti,Berkshire,Shy with new people\r\n`;
const idle: RatImportResult = { state: 'idle' };

/**
 * Import rats from a spreadsheet: choose a CSV file (read in the browser, with progress),
 * match its columns to rat fields, see every row that cannot be imported and why, then import.
 * Nothing is written before "Import"; the server checks every row again.
 */
export function RatImportWizard({ homes, existingCodes }: { homes: HomeRef[]; existingCodes: string[] }) {
  const id = useId();
  const { file, read, clear } = useCsvFile();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [strict, setStrict] = useState(false);
  const [result, dispatch, importing] = useActionState(importRatsAction, idle);
  // One key per answer: a double click sends the same key and imports once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new key for every new answer
  const formKey = useMemo(() => newIdempotencyKey(), [result]);
  const [submittedFor, setSubmittedFor] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  const context = useMemo(() => ({ homesByName: homesByName(homes), existingCodes: new Set(existingCodes) }), [homes, existingCodes]);
  const rows = file.status === 'read' ? file.rows : null;
  const results = useMemo<ImportRowResult[] | null>(
    () => (rows && mapping.name ? validateImportRows(rows, mapping, { ...context, now: new Date() }) : null),
    [rows, mapping, context],
  );
  const bad = results?.filter((r) => !r.ok) ?? [];
  const good = (results?.length ?? 0) - bad.length;
  const imported = result.state === 'imported' && submittedFor === (file.status === 'read' ? file.name : null) ? result : null;

  function choose(input: File | undefined) {
    if (!input) return;
    setSubmittedFor(null);
    read(input);
  }

  // Auto-match once per file; the user's changes win after that.
  const [mappedFile, setMappedFile] = useState<CsvFileKey | null>(null);
  if (file.status === 'read' && mappedFile !== file.rows) {
    setMappedFile(file.rows);
    setMapping(autoMapColumns(file.headers));
  }

  function submit() {
    if (file.status !== 'read' || !results) return;
    const { fields, cells } = cellsFromRows(file.rows, mapping);
    const form = new FormData();
    form.set(IDEMPOTENCY_FIELD, formKey);
    form.set('fileName', file.name);
    form.set('strict', strict ? 'on' : '');
    const rowsJson = JSON.stringify({ fields, cells });
    if (new Blob([rowsJson]).size > MAX_IMPORT_FILE_BYTES) {
      setTooLarge(true);
      return;
    }
    setTooLarge(false);
    form.set('rows', rowsJson);
    setSubmittedFor(file.name);
    startTransition(() => dispatch(form));
  }

  if (imported) {
    const href = serializeRatTableParams('/rats', { intake: imported.intakeId });
    return (
      <Card>
        <CardContent className="flex flex-col items-start gap-4 p-6">
          <div className="flex items-center gap-3" role="status">
            <CheckCircle2 aria-hidden className="size-8 text-success" />
            <div>
              <p className="text-lg font-semibold">{imported.message}</p>
              {imported.skippedRows.length > 0 ? (
                <p className="text-sm text-muted-foreground">Skipped: {describeRows(imported.skippedRows.map((row) => ({ row })))}.</p>
              ) : null}
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild>
              <Link href={href}>See the imported rats</Link>
            </Button>
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                setSubmittedFor(null);
                clear();
              }}
            >
              Import another file
            </Button>
          </div>
        </CardContent>
      </Card>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Choose the spreadsheet</CardTitle>
          <CardDescription>
            A CSV file with one rat per row and a header row (save as CSV from Excel, Numbers or Google Sheets). At most 5,000 rows and 10 MB, saved as UTF-8.{' '}
            <a className="text-primary underline-offset-4 hover:underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="rat-import-template.csv">
              Download a template
            </a>
            .
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <label
            htmlFor={`${id}-file`}
            className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border border-dashed bg-muted/30 px-4 py-8 text-center hover:bg-muted/60 focus-within:outline-2 focus-within:outline-ring"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              choose(e.dataTransfer.files[0]);
            }}
          >
            {file.status === 'empty' ? <Upload aria-hidden className="size-6 text-muted-foreground" /> : <FileSpreadsheet aria-hidden className="size-6 text-primary" />}
            <span className="font-medium">{file.status === 'empty' ? 'Choose a CSV file' : file.name}</span>
            <span className="text-sm text-muted-foreground">{file.status === 'empty' ? 'or drop it here' : 'Choose another file to replace it'}</span>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              className="sr-only"
              aria-label="CSV file"
              onChange={(e) => {
                choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          {file.status === 'reading' ? (
            <div className="flex flex-col gap-2">
              <Progress value={file.progress} label={`Reading ${file.name}`} />
              <p className="text-sm text-muted-foreground" aria-live="polite">
                Reading {file.name}: {file.rowsRead.toLocaleString('en-GB')} rows so far…
              </p>
            </div>
          ) : null}
          {file.status === 'failed' ? <Alert variant="destructive">{file.message}</Alert> : null}
        </CardContent>
      </Card>

      {file.status === 'read' ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>2. Match the columns</CardTitle>
              <CardDescription>
                {file.rows.length.toLocaleString('en-GB')} rows found. Say which column holds each detail; columns not chosen are ignored.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ColumnMapper headers={file.headers} sample={file.rows[0]} mapping={mapping} onChange={setMapping} />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>3. Check and import</CardTitle>
              <CardDescription>Nothing is saved until you press Import.</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-5">
              {!mapping.name ? (
                <Alert variant="destructive">Choose the column that holds the rats’ names ({IMPORT_FIELD_LABELS.name}) to see the preview.</Alert>
              ) : results ? (
                <>
                  <ImportPreview results={results} />
                  <div className="flex flex-col gap-3 border-t pt-4">
                    <label className="flex items-start gap-3 text-sm">
                      <input type="checkbox" className="mt-0.5 size-4 accent-[var(--color-primary)]" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
                      <span>
                        <span className="font-medium">Strict mode</span>
                        <span className="block text-muted-foreground">Import nothing at all if any row has a problem.</span>
                      </span>
                    </label>
                    {strict && bad.length > 0 ? (
                      <Alert variant="warning" className="flex gap-2">
                        <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
                        <span>
                          Strict mode is on and {describeRows(bad)} {bad.length === 1 ? 'has a problem' : 'have problems'}: nothing will be imported. Fix the file and
                          choose it again, or turn strict mode off to import the {good} valid {good === 1 ? 'row' : 'rows'}.
                        </span>
                      </Alert>
                    ) : null}
                    {tooLarge ? <Alert variant="destructive">{FILE_TOO_LARGE_MESSAGE}</Alert> : null}
                    {result.state === 'refused' && submittedFor === file.name ? (
                      <Alert variant="destructive">
                        <p>{result.message}</p>
                        {result.results && result.results.length > 0 ? (
                          <ul className="mt-2 list-disc pl-5">
                            {result.results.slice(0, 10).map((r) => (
                              <li key={r.row}>
                                Row {r.row}: {r.reasons.join('; ')}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </Alert>
                    ) : null}
                    <div className="flex flex-wrap items-center gap-3">
                      <Button type="button" onClick={submit} disabled={importing || good === 0 || (strict && bad.length > 0)}>
                        {importing ? 'Importing…' : `Import ${good.toLocaleString('en-GB')} ${good === 1 ? 'rat' : 'rats'}`}
                      </Button>
                      {bad.length > 0 && !strict ? (
                        <span className="text-sm text-muted-foreground">
                          {bad.length === 1 ? 'The row with a problem is' : `The ${bad.length} rows with problems are`} left out.
                        </span>
                      ) : null}
                    </div>
                  </div>
                </>
              ) : null}
            </CardContent>
          </Card>
        </>
      ) : null}
    </div>
  );
}

type CsvFileKey = Record<string, string>[];
