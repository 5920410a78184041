import { getDb } from '@/db/client';
import { getCurrentUser, ratScope } from '@/lib/authz';
import { streamRatsCsv } from '@/lib/rat-export';
import { parseRatTableParams } from '@/lib/rat-table-params';

export const dynamic = 'force-dynamic';

/**
 * The rats matching the table's filters (the same URL parameters, read by the same parsers) as
 * CSV. Checked here, not only on the page: fosters get their own home's rats and nothing else.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to export rats.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { fileName, stream } = streamRatsCsv(await getDb(), {
    scope: ratScope(user),
    query: parseRatTableParams(new URL(request.url).searchParams),
    now: new Date(),
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
