import { AlertTriangle, Lightbulb, NotebookPen } from 'lucide-react';
import type { ReactNode } from 'react';
import type { PlanSuggestion } from '@/lib/domain/handling-plan';
import { cn } from '@/lib/utils';

const GROUPS: ReadonlyArray<{ kind: PlanSuggestion['kind']; title: string; icon: ReactNode; tone: string }> = [
  { kind: 'caution', title: 'Take care', icon: <AlertTriangle aria-hidden className="size-5" />, tone: 'border-warning/60 bg-warning/10' },
  { kind: 'technique', title: 'Try next', icon: <Lightbulb aria-hidden className="size-5" />, tone: 'border-primary/30 bg-primary/5' },
  { kind: 'note', title: 'Good to know', icon: <NotebookPen aria-hidden className="size-5" />, tone: 'border-info/40 bg-info/5' },
];

/**
 * A rat's handling plan: what to watch out for, what to try next and anything else worth knowing,
 * each with the reason it is suggested. Presentational: pass it `handlingPlan(...)`'s output.
 */
export function HandlingPlanPanel({ suggestions, stepText, headingLevel = 3 }: { suggestions: PlanSuggestion[]; stepText?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="flex flex-col gap-4">
      {stepText ? <p className="text-sm text-muted-foreground">{stepText}</p> : null}
      {suggestions.length === 0 ? <p className="text-sm text-muted-foreground">No suggestions yet: log a handling session to get a plan.</p> : null}
      {GROUPS.map((group) => {
        const items = suggestions.filter((s) => s.kind === group.kind);
        if (items.length === 0) return null;
        return (
          <section key={group.kind} aria-label={group.title} className="flex flex-col gap-2">
            <Heading className="flex items-center gap-2 text-sm font-semibold uppercase tracking-wide text-muted-foreground">
              {group.icon}
              {group.title}
            </Heading>
            <ul className="flex flex-col gap-2">
              {items.map((s) => (
                <li key={`${s.kind}:${s.technique ?? s.text}`} className={cn('rounded-lg border p-3', group.tone)}>
                  <p className="font-medium leading-snug">{s.text}</p>
                  <p className="mt-1 text-sm text-muted-foreground">
                    <span className="font-medium text-foreground/80">Why: </span>
                    {s.reason}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
