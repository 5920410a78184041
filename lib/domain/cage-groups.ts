import type { Decision } from './sex-safety';
import { groupBy } from '../group-by';

export type CageMember = { ratId: number; cageGroupId: number; inQuarantine: boolean };

/** A rat alone in its cage group outside quarantine is solo: rats must never be kept alone. */
export function soloMembers<T extends CageMember>(members: readonly T[]): T[] {
  const byGroup = groupBy(members, (m) => m.cageGroupId);
  return [...byGroup.values()].filter((g) => g.length === 1 && !g[0].inQuarantine).map((g) => g[0]);
}

export type PlacementRat = { name: string; inQuarantine: boolean };
export type PlacementHome = { name: string; canQuarantine: boolean; active: boolean };

/** A rat in quarantine can only go to a home that can quarantine (separate airspace). */
export function canPlaceInHome(rats: readonly PlacementRat[], home: PlacementHome): Decision {
  if (!home.active) return { ok: false, reason: `${home.name} is no longer active as a foster home.` };
  const quarantined = rats.filter((r) => r.inQuarantine);
  if (quarantined.length > 0 && !home.canQuarantine) {
    const names = quarantined.map((r) => r.name);
    const who = names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are`;
    return {
      ok: false,
      reason: `${who} in quarantine, and ${home.name} cannot quarantine (it has no separate airspace). Choose a home that can quarantine.`,
    };
  }
  return { ok: true };
}
