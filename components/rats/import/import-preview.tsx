'use client';

import { useState } from 'react';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ImportRowResult } from '@/lib/domain/rat-import';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

/** How many rows of each list show before "show all": a 5,000-row file stays responsive. */
const SHOWN = 50;

/** The check's outcome: counts, every row that cannot be imported with its reasons, then the rows that will be. */
export function ImportPreview({ results }: { results: ImportRowResult[] }) {
  const bad = results.filter((r) => !r.ok);
  const good = results.filter((r) => r.ok);
  const warned = good.filter((r) => r.warnings.length > 0);
  const [allBad, setAllBad] = useState(false);
  const [allGood, setAllGood] = useState(false);
  const shownBad = allBad ? bad : bad.slice(0, SHOWN);
  const shownGood = allGood ? good : good.slice(0, 10);

  return (
    <div className="flex flex-col gap-5">
      <dl className="grid grid-cols-3 gap-3 text-center" aria-label="Check summary">
        <div className="rounded-md border p-3">
          <dt className="text-xs text-muted-foreground">Rows</dt>
          <dd className="text-2xl font-semibold tabular-nums">{results.length.toLocaleString('en-GB')}</dd>
        </div>
        <div className="rounded-md border border-success/40 bg-success/5 p-3">
          <dt className="text-xs text-muted-foreground">Ready to import</dt>
          <dd className="text-2xl font-semibold tabular-nums text-success" data-testid="import-ready">
            {good.length.toLocaleString('en-GB')}
          </dd>
        </div>
        <div className={bad.length > 0 ? 'rounded-md border border-destructive/40 bg-destructive/5 p-3' : 'rounded-md border p-3'}>
          <dt className="text-xs text-muted-foreground">With problems</dt>
          <dd className={`text-2xl font-semibold tabular-nums ${bad.length > 0 ? 'text-destructive' : ''}`} data-testid="import-bad">
            {bad.length.toLocaleString('en-GB')}
          </dd>
        </div>
      </dl>

      {bad.length > 0 ? (
        <section aria-labelledby="import-bad-title" className="flex flex-col gap-2">
          <h3 id="import-bad-title" className="font-medium text-destructive">
            {bad.length === 1 ? '1 row cannot be imported' : `${bad.length.toLocaleString('en-GB')} rows cannot be imported`}
          </h3>
          <Table aria-labelledby="import-bad-title">
            <TableHeader>
              <TableRow>
                <TableHead scope="col" className="w-16">Row</TableHead>
                <TableHead scope="col">Why</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shownBad.map((r) => (
                <TableRow key={r.row} data-testid={`bad-row-${r.row}`}>
                  <TableCell className="align-top font-medium tabular-nums">{r.row}</TableCell>
                  <TableCell>
                    <ul className="flex flex-col gap-0.5">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {bad.length > SHOWN && !allBad ? (
            <Button type="button" variant="link" className="self-start px-0" onClick={() => setAllBad(true)}>
              Show all {bad.length.toLocaleString('en-GB')} rows with problems
            </Button>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-success" role="status">
          Every row can be imported.
        </p>
      )}

      {warned.length > 0 ? (
        <details className="rounded-md border bg-warning/5 px-4 py-3 text-sm">
          <summary className="cursor-pointer font-medium">
            {warned.length === 1 ? '1 row imports with a change' : `${warned.length.toLocaleString('en-GB')} rows import with a change`}
          </summary>
          <ul className="mt-2 flex flex-col gap-1">
            {warned.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.warnings.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {good.length > 0 ? (
        <section aria-labelledby="import-good-title" className="flex flex-col gap-2">
          <h3 id="import-good-title" className="font-medium">
            Rats to import
          </h3>
          <Table aria-labelledby="import-good-title">
            <TableHeader>
              <TableRow>
                <TableHead scope="col" className="w-16">Row</TableHead>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Code</TableHead>
                <TableHead scope="col">Sex</TableHead>
                <TableHead scope="col">Born</TableHead>
                <TableHead scope="col">Home</TableHead>
                <TableHead scope="col">Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shownGood.map((r) =>
                r.value ? (
                  <TableRow key={r.row}>
                    <TableCell className="tabular-nums text-muted-foreground">{r.row}</TableCell>
                    <TableCell className="font-medium">{r.value.name}</TableCell>
                    <TableCell className="whitespace-nowrap font-mono text-xs">{r.value.code ?? <Badge variant="secondary">New code</Badge>}</TableCell>
                    <TableCell>{humanize(r.value.sex)}</TableCell>
                    <TableCell className="whitespace-nowrap">{r.value.birthDate ? formatDate(r.value.birthDate) : '—'}</TableCell>
                    <TableCell className="whitespace-nowrap">{r.value.homeName ?? '—'}</TableCell>
                    <TableCell>
                      <RatStatusBadge status={r.value.status} />
                    </TableCell>
                  </TableRow>
                ) : null,
              )}
            </TableBody>
          </Table>
          {good.length > shownGood.length ? (
            <Button type="button" variant="link" className="self-start px-0" onClick={() => setAllGood(true)}>
              Show all {good.length.toLocaleString('en-GB')} rats
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
