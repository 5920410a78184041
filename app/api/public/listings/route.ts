import { getDb } from '@/db/client';
import { getPublicProfile, listPublicUnits } from '@/db/queries/public-listings';
import { getPolicy } from '@/db/queries/settings';
import { PUBLIC_CACHE_CONTROL } from '@/lib/public-feed';
import { publicUnitView, rescueNameOf } from '@/lib/public-listing-view';

/**
 * The listing as JSON for the rescue's own website: public fields only (through the public
 * query), each unit with its stable id, absolute links, and a short shared cache.
 */
export async function GET(request: Request) {
  const db = await getDb();
  const now = new Date();
  const origin = new URL(request.url).origin;
  const [profile, policy] = await Promise.all([getPublicProfile(db), getPolicy(db)]);
  const units = (await listPublicUnits(db, { now, policy })).map((u) => publicUnitView(u, profile, policy, now));
  const body = {
    rescue: { name: rescueNameOf(profile), listingUrl: `${origin}/adopt`, applyUrl: `${origin}/adopt/apply` },
    generatedAt: now.toISOString(),
    units: units.map((u) => ({
      id: u.id,
      url: `${origin}${u.path}`,
      applyUrl: `${origin}/adopt/apply?listing=${u.id}`,
      title: u.title,
      kind: u.kind,
      joinsResidentRats: u.joinsResidentRats,
      text: u.text,
      sex: u.sex,
      sexText: u.sexText,
      experienceNeeded: u.experienceNeeded,
      experienceText: u.experienceText,
      timeInCare: u.timeInCare,
      feePence: u.feePence,
      feeText: u.feeText,
      rats: u.rats.map((r) => ({ ...r, photoUrl: r.photoUrl ? `${origin}${r.photoUrl}` : null })),
    })),
  };
  return Response.json(body, { headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' } });
}
