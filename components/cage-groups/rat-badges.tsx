import { Badge } from '@/components/ui/badge';
import { WATCH_KIND_LABELS } from '@/lib/domain/watches';
import type { Sex, WatchKind } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

const SEX_LABEL: Record<Sex, string> = { female: 'Female', male: 'Male', unknown: 'Sex unknown' };

export function SexLabel({ sex }: { sex: Sex }) {
  return <span className="text-muted-foreground">{SEX_LABEL[sex]}</span>;
}

/** The safety windows running for a rat: quarantine and open watches, each with its end date. */
export function SafetyBadges({ quarantineUntil, watches }: { quarantineUntil: string | null; watches: ReadonlyArray<{ kind: WatchKind; dueOn: string }> }) {
  if (!quarantineUntil && watches.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {quarantineUntil ? <Badge variant="warning">Quarantine until {formatDate(quarantineUntil)}</Badge> : null}
      {watches.map((w) => (
        <Badge key={w.kind} variant="info">
          {WATCH_KIND_LABELS[w.kind]} until {formatDate(w.dueOn)}
        </Badge>
      ))}
    </span>
  );
}

export function SoloBadge() {
  return <Badge variant="destructive">Solo</Badge>;
}
