import { ChevronRight, Download, Hand } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ReportChart } from '@/components/reports/report-chart';
import { ReportRangeForm } from '@/components/reports/report-range-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ScrollArea } from '@/components/ui/scroll-area';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { monthLabel, type Report } from '@/lib/domain/reports';
import { buildReports } from '@/lib/reports';

export const metadata: Metadata = { title: 'Reports' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole(rolesFor('/reports'));
  const search = await searchParams;
  return (
    <>
      <PageHeader title="Reports" description="How the rescue is doing: rats in care, intakes and adoptions, time to ready, handling, capacity, bites and returns." />
      <Card className="mb-6 transition-colors hover:bg-muted/40">
        <Link href="/reports/handling" className="flex items-start gap-2 p-4 sm:gap-3 sm:p-5">
          <Hand aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
          <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">
            <span className="block font-semibold">Handling by foster home</span>
            <span className="mt-1 block text-sm text-muted-foreground">Sessions per week for each rat, trust steps, rats not handled lately, and this week’s bites to acknowledge.</span>
          </span>
          <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
        </Link>
      </Card>
      <Suspense key={JSON.stringify(search)} fallback={<PageSkeleton rows={6} />}>
        <RescueReports search={search} />
      </Suspense>
    </>
  );
}

async function RescueReports({ search }: { search: Record<string, unknown> }) {
  const { range, reports } = await buildReports(await getDb(), { search, now: new Date() });
  const query = `from=${range.from}&to=${range.to}`;
  return (
    <div className="flex flex-col gap-6">
      <ReportRangeForm from={range.from} to={range.to} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {monthLabel(range.from)} to {monthLabel(range.to)}
      </p>
      {reports.map((report) => (
        <ReportCard key={report.key} report={report} csvHref={`/api/reports/${report.key}?${query}`} />
      ))}
    </div>
  );
}

function ReportCard({ report, csvHref }: { report: Report; csvHref: string }) {
  const titleId = `report-${report.key}`;
  return (
    <Card aria-labelledby={titleId} data-testid="report">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id={titleId}>{report.title}</CardTitle>
          <CardDescription>{report.description}</CardDescription>
        </div>
        <a href={csvHref} download className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
          <Download aria-hidden className="size-4" />
          CSV<span className="sr-only"> of {report.title}</span>
        </a>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <ReportChart spec={report.chart} rows={report.table.rows} label={`${report.title}: chart of the table below.`} />
        <ScrollArea label={`${report.title}: the numbers`} className="max-h-80 overflow-auto rounded-md border">
          <Table label={report.title}>
            <caption className="sr-only">{report.title}: the numbers</caption>
              <TableHeader>
                <TableRow>
                  {report.table.columns.map((c) => (
                    <TableHead key={c.key} scope="col">
                      {c.label}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.table.rows.map((row, i) => (
                  <TableRow key={i}>
                    {report.table.columns.map((c) => (
                      <TableCell key={c.key}>{row[c.key]}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
          </Table>
        </ScrollArea>
      </CardContent>
    </Card>
  );
}
