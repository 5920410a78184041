import type { CageGroupWithMembers } from '@/db/queries/cage-groups';
import { soloMembers } from '@/lib/domain/cage-groups';
import { inQuarantine } from '@/lib/domain/placements';
import type { RatStatus, Sex, WatchKind } from '@/lib/domain/vocabulary';

export type MemberView = {
  ratId: number;
  code: string;
  name: string;
  sex: Sex;
  status: RatStatus;
  quarantineUntil: string | null;
  watches: Array<{ kind: WatchKind; dueOn: string }>;
};

export type GroupView = {
  id: number;
  name: string;
  homeName: string | null;
  fosterHomeId: number | null;
  members: MemberView[];
  /** The one rat alone in this group outside quarantine, if any: rats must never be kept alone. */
  soloRatName: string | null;
};

/** A cage group as its card shows it: members with their quarantine and watches, and the solo flag. */
export function toGroupView(group: CageGroupWithMembers, now: Date): GroupView {
  const [solo] = soloMembers(group.members.map((m) => ({ ratId: m.ratId, cageGroupId: group.id, inQuarantine: inQuarantine(m, now) })));
  return {
    id: group.id,
    name: group.name,
    homeName: group.homeName,
    fosterHomeId: group.fosterHomeId,
    soloRatName: solo ? (group.members.find((m) => m.ratId === solo.ratId)?.name ?? null) : null,
    members: group.members.map((m) => ({
      ratId: m.ratId,
      code: m.code,
      name: m.name,
      sex: m.sex,
      status: m.status,
      quarantineUntil: inQuarantine(m, now) ? m.quarantine!.plannedEndOn : null,
      watches: m.watches,
    })),
  };
}
