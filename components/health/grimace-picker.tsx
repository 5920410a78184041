'use client';

import { Button } from '@/components/ui/button';
import { grimaceScore, GRIMACE_UNITS, type GrimaceScores } from '@/lib/domain/health';
import { cn } from '@/lib/utils';

/** What 0, 1 and 2 look like for each action unit (Rat Grimace Scale, Sotocinal et al. 2011), in plain words. */
const LOOKS: Record<keyof GrimaceScores, readonly [string, string, string]> = {
  orbital: ['Eyes open and round', 'Eyes slightly narrowed', 'Eyes squeezed to a slit or shut'],
  noseCheek: ['Nose and cheeks rounded', 'Slightly flattened', 'Flat, nose drawn long'],
  ears: ['Ears upright and open', 'Slightly folded or angled', 'Curled, pointed or pulled back'],
  whiskers: ['Whiskers relaxed, drooping', 'Slightly stiff', 'Stiff, bunched, pulled back'],
};

export const GRIMACE_FIELD: Record<keyof GrimaceScores, string> = {
  orbital: 'grimaceOrbital',
  noseCheek: 'grimaceNoseCheek',
  ears: 'grimaceEars',
  whiskers: 'grimaceWhiskers',
};

export type PartialGrimace = Partial<GrimaceScores>;

const BAND_STYLE = {
  no_pain: 'border-success/40 bg-success/5 text-success',
  watch: 'border-warning/50 bg-warning/10',
  pain: 'border-destructive/40 bg-destructive/5 text-destructive',
  severe_pain: 'border-destructive bg-destructive/10 text-destructive',
} as const;

/**
 * The four Rat Grimace Scale action units as radio rows (0, 1, 2, each with what it looks like),
 * with the total and its band shown as the user picks.
 */
export function GrimacePicker({ scores, onChange, errors }: { scores: PartialGrimace; onChange: (scores: PartialGrimace) => void; errors: Partial<Record<string, string>> }) {
  const complete = GRIMACE_UNITS.every((u) => scores[u.key] !== undefined);
  const result = complete ? grimaceScore(scores as GrimaceScores) : null;
  const scored = GRIMACE_UNITS.filter((u) => scores[u.key] !== undefined).length;
  return (
    <div className="flex flex-col gap-4">
      {GRIMACE_UNITS.map((unit) => {
        const name = GRIMACE_FIELD[unit.key];
        const error = errors[name];
        return (
          <fieldset key={unit.key} aria-describedby={error ? `${name}-error` : undefined}>
            <legend className="mb-2 text-sm font-medium">{unit.label}</legend>
            <div className="grid grid-cols-3 gap-2">
              {LOOKS[unit.key].map((look, value) => {
                const on = scores[unit.key] === value;
                return (
                  <label
                    key={value}
                    className={cn(
                      'flex min-h-16 cursor-pointer flex-col gap-0.5 rounded-md border px-2.5 py-2 text-xs has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
                      on ? 'border-primary bg-primary/10' : 'border-input bg-card hover:bg-muted',
                    )}
                  >
                    <input type="radio" className="sr-only" name={name} value={value} checked={on} onChange={() => onChange({ ...scores, [unit.key]: value })} />
                    <span className="text-base font-semibold leading-none">{value}</span>
                    <span className="text-muted-foreground">{look}</span>
                  </label>
                );
              })}
            </div>
            {error ? (
              <p id={`${name}-error`} className="mt-1 text-sm text-destructive">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <div className="flex flex-col gap-2">
        <output aria-live="polite" className={cn('rounded-md border px-3 py-2 text-sm', result ? BAND_STYLE[result.band] : 'bg-muted/40 text-muted-foreground')}>
          {result ? (
            <>
              <span className="font-semibold">Pain score {result.total} of 8.</span> {result.label}
            </>
          ) : scored === 0 ? (
            'Score all four to see the total.'
          ) : (
            `${scored} of 4 scored: score all four to see the total.`
          )}
        </output>
        {scored > 0 ? (
          <Button type="button" variant="ghost" size="sm" className="self-end" onClick={() => onChange({})}>
            Clear pain score
          </Button>
        ) : null}
      </div>
    </div>
  );
}
