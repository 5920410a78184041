import { EmptyState } from '@/components/ui/page-header';
import { humanize } from '@/lib/domain/vocabulary';

export type AuditItem = {
  id: number;
  at: string;
  summary: string;
  actorName: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.map(String).map(humanize).join(', ') : '(none)';
  return String(value);
}

/** Who changed what and when, newest first, with each changed field's before and after. */
export function AuditList({ items }: { items: AuditItem[] }) {
  if (items.length === 0) return <EmptyState title="No history yet">Every change will be recorded here with who made it and when.</EmptyState>;
  return (
    <ol className="flex flex-col divide-y rounded-lg border bg-card" aria-label="History">
      {items.map((item) => (
        <li key={item.id} className="p-4">
          <p className="text-sm">
            <span className="font-medium">{item.summary}</span>
          </p>
          <p className="text-xs text-muted-foreground">
            {item.actorName ?? 'System'} · <time dateTime={item.at}>{new Date(item.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}</time>
          </p>
          {Object.keys(item.changes).length > 0 ? (
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
              {Object.entries(item.changes).map(([field, change]) => (
                <div key={field} className="contents">
                  <dt className="text-muted-foreground">{humanize(field.replace(/([A-Z])/g, '_$1').toLowerCase())}</dt>
                  <dd>
                    <span className="line-through decoration-muted-foreground/60">{show(change.from)}</span> → <span className="font-medium">{show(change.to)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
