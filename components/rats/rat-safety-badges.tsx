import { Badge } from '@/components/ui/badge';
import type { WatchKind } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

const WATCH_TEXT: Record<WatchKind, string> = {
  pregnancy: 'Pregnancy watch until',
  post_neuter: 'Not sterile yet: post-neuter watch until',
  sex_separation: 'Split litter by sex by',
};

export type SafetyWindows = {
  quarantine: { reason: string; plannedEndOn: string } | null;
  watches: Array<{ id: number; kind: WatchKind; dueOn: string }>;
};

/** Open quarantine and watches, as badges: they run alongside the status. */
export function RatSafetyBadges({ quarantine, watches }: SafetyWindows) {
  if (!quarantine && watches.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Safety windows">
      {quarantine ? (
        <li>
          <Badge variant="warning">
            In quarantine ({quarantine.reason.replace(/_/g, ' ')}) until {formatDate(quarantine.plannedEndOn)}
          </Badge>
        </li>
      ) : null}
      {watches.map((w) => (
        <li key={w.id}>
          <Badge variant="info">
            {WATCH_TEXT[w.kind]} {formatDate(w.dueOn)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
