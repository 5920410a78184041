import { CheckCircle2, Info, ShieldCheck, XCircle } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Readiness } from '@/lib/domain/readiness';
import { cn } from '@/lib/utils';

/** A rat's readiness as a checklist: every item met or not with its reason, the override and any note. */
export function ReadinessChecklist({ readiness, compact = false }: { readiness: Readiness; compact?: boolean }) {
  const unmet = readiness.items.filter((i) => !i.met).length;
  return (
    <div className="flex flex-col gap-3" data-testid="readiness">
      <p className="flex flex-wrap items-center gap-2">
        {readiness.ready ? (
          <Badge variant="success" data-testid="readiness-verdict">Ready for adoption</Badge>
        ) : (
          <Badge variant="warning" data-testid="readiness-verdict">
            Not ready: {unmet} {unmet === 1 ? 'item' : 'items'} to go
          </Badge>
        )}
        {readiness.override ? (
          <Badge variant="info">
            <ShieldCheck aria-hidden className="size-3.5" />
            Coordinator override
          </Badge>
        ) : null}
      </p>
      <ul className="flex flex-col gap-2" aria-label="Readiness checklist">
        {readiness.items.map((item) => (
          <li key={item.key} className={cn('flex gap-2 rounded-lg border p-2.5', item.met ? 'border-success/30' : 'border-warning/60 bg-warning/5')} data-met={item.met}>
            {item.met ? <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-success" /> : <XCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />}
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                <span className="sr-only">{item.met ? 'Met: ' : 'Not met: '}</span>
                {item.label}
              </p>
              {compact && item.met ? null : <p className="text-muted-foreground">{item.reason}</p>}
            </div>
          </li>
        ))}
      </ul>
      {readiness.notes.map((note) => (
        <p key={note} className="flex gap-2 rounded-lg border border-info/40 bg-info/5 p-2.5 text-sm">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-info" />
          {note}
        </p>
      ))}
    </div>
  );
}
