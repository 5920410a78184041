import { and, count, desc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { adopters, cageGroupMemberships, publicApplicationAttempts, publicListings, rats } from '../schema';
import type { DbOrTx } from '../connect';
import { APPLICATION_LIMIT_WINDOW_MS, applicationLimit } from '../../lib/domain/public-application';
import { listInWords } from '../../lib/domain/quarantine';
import type { AdopterInput } from '../../lib/validation/adopter';
import { recordAudit } from './audit';
import { groupBy } from '../../lib/group-by';

export type ApplicationOutcome = { ok: true; adopterId: number } | { ok: false; kind: 'limit'; message: string } | { ok: false; kind: 'honeypot' };

/**
 * An application from the public form, in one transaction: refused when the address has sent
 * too many lately (the attempts are rows, so the limit holds across restarts and instances;
 * a lock per address makes two requests at once count one after the other); otherwise the
 * attempt is counted, and unless the honeypot was filled the adopter is recorded in `applied`,
 * linked to the listing asked for, and audited.
 */
export async function submitPublicApplication(
  db: DbOrTx,
  params: { values: AdopterInput; listingId: number | null; listingTitle: string | null; honeypot: boolean; address: string; now: Date },
): Promise<ApplicationOutcome> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`public-application:${params.address}`}))`);
    const earlier = await tx
      .select({ at: publicApplicationAttempts.at })
      .from(publicApplicationAttempts)
      .where(and(eq(publicApplicationAttempts.address, params.address), gt(publicApplicationAttempts.at, new Date(params.now.getTime() - APPLICATION_LIMIT_WINDOW_MS))));
    const limit = applicationLimit(
      earlier.map((r) => r.at),
      params.now,
    );
    if (!limit.ok) return { ok: false, kind: 'limit', message: limit.message } as const;
    await tx.insert(publicApplicationAttempts).values({ address: params.address, at: params.now });
    if (params.honeypot) return { ok: false, kind: 'honeypot' } as const;
    const [row] = await tx
      .insert(adopters)
      .values({ ...params.values, notes: null, approval: 'applied', createdBy: null, appliedOnlineAt: params.now, appliedForListingId: params.listingId })
      .returning({ id: adopters.id });
    await recordAudit(tx, {
      actorId: null,
      action: 'create',
      entityType: 'adopter',
      entityId: row.id,
      summary: `Application received online from ${params.values.name}${params.listingTitle ? ` for ${params.listingTitle}` : ' (a general application)'}`,
    });
    return { ok: true, adopterId: row.id } as const;
  });
}

/** The rats a listing covers now, by name ("Bilberry and Rosehip"), for the dashboard and the adopter's page; none when they have left. */
export async function listingTitles(db: DbOrTx, listingIds: readonly number[]): Promise<Map<number, string>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db
    .select({ listingId: publicListings.id, name: rats.name })
    .from(publicListings)
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.cageGroupId, publicListings.cageGroupId), isNull(cageGroupMemberships.leftAt)))
    .innerJoin(rats, sql`${rats.id} = coalesce(${publicListings.ratId}, ${cageGroupMemberships.ratId})`)
    .where(inArray(publicListings.id, [...listingIds]))
    .orderBy(rats.name);
  const names = groupBy(rows, (r) => r.listingId, (r) => r.name);
  return new Map([...names].map(([id, list]) => [id, listInWords(list)]));
}

/** Rescue policy: the dashboard names this many new applications; the rest are counted with a link to the list. */
export const NEW_APPLICATIONS_SHOWN = 5;

/** Online applications still waiting for a decision: how many, and the newest few with what they asked for. */
export async function listNewApplications(db: DbOrTx) {
  const waiting = and(isNotNull(adopters.appliedOnlineAt), eq(adopters.approval, 'applied'));
  const [newest, [{ total }]] = await Promise.all([
    db
      .select({ adopterId: adopters.id, name: adopters.name, appliedOnlineAt: adopters.appliedOnlineAt, listingId: adopters.appliedForListingId })
      .from(adopters)
      .where(waiting)
      .orderBy(desc(adopters.appliedOnlineAt), desc(adopters.id))
      .limit(NEW_APPLICATIONS_SHOWN),
    db.select({ total: count() }).from(adopters).where(waiting),
  ]);
  const titles = await listingTitles(
    db,
    newest.flatMap((a) => (a.listingId === null ? [] : [a.listingId])),
  );
  return {
    total,
    newest: newest.map((a) => ({ adopterId: a.adopterId, name: a.name, appliedOnlineAt: a.appliedOnlineAt!, listingTitle: a.listingId === null ? null : (titles.get(a.listingId) ?? null) })),
  };
}
