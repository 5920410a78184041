import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/authz';
import { toCsv } from '@/lib/csv';
import { rolesFor } from '@/lib/domain/access';
import { reportFileName } from '@/lib/domain/reports';
import { buildReports } from '@/lib/reports';
import { reportKeyParam } from '@/lib/validation/reports';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** One report's table as CSV, for the range in the URL: staff, coordinators and admins only (others: not found). */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text('Sign in to download reports.', 401);
  if (!rolesFor('/reports').includes(user.role)) return text('Not found.', 404);
  const key = reportKeyParam.safeParse((await params).report);
  if (!key.success) return text('Not found.', 404);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const { range, reports } = await buildReports(await getDb(), { search, now: new Date() });
  const report = reports.find((r) => r.key === key.data)!;
  const header = report.table.columns.map((c) => c.label);
  const records = report.table.rows.map((row) => Object.fromEntries(report.table.columns.map((c) => [c.label, row[c.key]])));
  return new Response(toCsv(header, records), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${reportFileName(key.data, range)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
