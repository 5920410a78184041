import { and, eq, isNull } from 'drizzle-orm';
import { cageGroupMemberships, cageGroups, fosterHomes, placements, rats } from '../schema';

/**
 * Join conditions for where a rat lives now: its open placement and that home, its open cage
 * membership and that group. One definition of "now", so every query agrees on it.
 */
export const openPlacement = and(eq(placements.ratId, rats.id), isNull(placements.endedAt));
export const placementHome = eq(fosterHomes.id, placements.fosterHomeId);
export const openMembership = and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt));
export const membershipGroup = eq(cageGroups.id, cageGroupMemberships.cageGroupId);

/** The columns that name a rat in a list: id, rescue code, name. */
export const ratNaming = { id: rats.id, code: rats.code, name: rats.name };

/** A rat's naming columns with its sex and status. */
export const ratSummary = { ...ratNaming, sex: rats.sex, status: rats.status };

/**
 * A rat's identity as lists and records show it: its naming columns, sex and status, birth date
 * (and whether it is estimated), neuter date, variety and markings.
 */
export const ratIdentityColumns = {
  ...ratSummary,
  birthDate: rats.birthDate,
  birthDateEstimated: rats.birthDateEstimated,
  neuteredOn: rats.neuteredOn,
  variety: rats.variety,
  markings: rats.markings,
};
