/** A moment as `3 Mar 2026, 14:02` (UTC, like the audit history), in a machine-readable <time>. */
export function When({ at, className }: { at: Date | string; className?: string }) {
  const date = typeof at === 'string' ? new Date(at) : at;
  return (
    <time dateTime={date.toISOString()} className={className}>
      {date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}
    </time>
  );
}
