'use client';

import { cn } from '@/lib/utils';

/** A row of toggle buttons (aria-pressed) for picking any number of values with a thumb. */
export function ChipGroup<T extends string | number>({
  legend,
  options,
  selected,
  onToggle,
  label,
  single = false,
  className,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  label: (value: T) => string;
  single?: boolean;
  className?: string;
}) {
  return (
    <fieldset className={className}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2" role={single ? 'radiogroup' : undefined}>
        {options.map((value) => {
          const on = selected.includes(value);
          return (
            <button
              key={String(value)}
              type="button"
              role={single ? 'radio' : undefined}
              aria-checked={single ? on : undefined}
              aria-pressed={single ? undefined : on}
              onClick={() => onToggle(value)}
              className={cn(
                'min-h-11 rounded-full border px-3.5 text-sm font-medium transition-colors',
                on ? 'border-primary bg-primary text-primary-foreground' : 'border-input bg-card hover:bg-muted',
              )}
            >
              {label(value)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
