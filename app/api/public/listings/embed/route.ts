import { getDb } from '@/db/client';
import { getPublicProfile, listPublicUnits } from '@/db/queries/public-listings';
import { getPolicy } from '@/db/queries/settings';
import { listingSnippet, PUBLIC_CACHE_CONTROL } from '@/lib/public-feed';
import { publicUnitView, rescueNameOf } from '@/lib/public-listing-view';

/** The listing as a small HTML page another website may frame or include (the only page that may be framed). */
export async function GET(request: Request) {
  const db = await getDb();
  const now = new Date();
  const [profile, policy] = await Promise.all([getPublicProfile(db), getPolicy(db)]);
  const units = (await listPublicUnits(db, { now, policy })).map((u) => publicUnitView(u, profile, policy, now));
  const html = listingSnippet({ rescueName: rescueNameOf(profile), origin: new URL(request.url).origin, units });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL } });
}
