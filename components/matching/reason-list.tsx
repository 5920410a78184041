import type { Reason } from '@/lib/domain/matching';

/** A score's reasons in words, each with what it added or took away. */
export function ReasonList({ reasons, base }: { reasons: readonly Reason[]; base?: number }) {
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label="Reasons">
      {base !== undefined ? (
        <li className="flex gap-2 text-muted-foreground">
          <span className="w-10 shrink-0 text-right font-mono tabular-nums">+{base}</span>
          <span>Safe to live together: any companion is better than none.</span>
        </li>
      ) : null}
      {reasons.map((r, i) => (
        <li key={i} className="flex gap-2">
          <span className={`w-10 shrink-0 text-right font-mono tabular-nums ${r.weight < 0 ? 'text-destructive' : 'text-success'}`}>
            {r.weight > 0 ? '+' : '−'}
            {Math.abs(r.weight)}
          </span>
          <span>{r.label}</span>
        </li>
      ))}
    </ul>
  );
}
