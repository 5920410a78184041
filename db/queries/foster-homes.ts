import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { cageGroups, fosterHomes, placements } from '../schema';
import type { DbOrTx } from '../connect';

export async function getFosterHomeName(db: DbOrTx, params: { id: number }): Promise<string | null> {
  const [row] = await db.select({ name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.id, params.id));
  return row?.name ?? null;
}

/** Homes with their current occupancy (open placements and live cage groups) against capacity. */
export async function listFosterHomes(db: DbOrTx) {
  const ratsIn = db
    .select({ fosterHomeId: placements.fosterHomeId, n: count().as('rats_n') })
    .from(placements)
    .where(isNull(placements.endedAt))
    .groupBy(placements.fosterHomeId)
    .as('rats_in');
  const cagesIn = db
    .select({ fosterHomeId: cageGroups.fosterHomeId, n: count().as('cages_n') })
    .from(cageGroups)
    .where(isNull(cageGroups.dissolvedAt))
    .groupBy(cageGroups.fosterHomeId)
    .as('cages_in');
  return db
    .select({
      id: fosterHomes.id,
      name: fosterHomes.name,
      contactName: fosterHomes.contactName,
      area: fosterHomes.area,
      capacityRats: fosterHomes.capacityRats,
      capacityCages: fosterHomes.capacityCages,
      canQuarantine: fosterHomes.canQuarantine,
      experienceLevel: fosterHomes.experienceLevel,
      otherPets: fosterHomes.otherPets,
      active: fosterHomes.active,
      ratCount: sql<number>`coalesce(${ratsIn.n}, 0)`.mapWith(Number),
      cageCount: sql<number>`coalesce(${cagesIn.n}, 0)`.mapWith(Number),
    })
    .from(fosterHomes)
    .leftJoin(ratsIn, eq(ratsIn.fosterHomeId, fosterHomes.id))
    .leftJoin(cagesIn, and(eq(cagesIn.fosterHomeId, fosterHomes.id)))
    .orderBy(asc(fosterHomes.active), asc(fosterHomes.name));
}
