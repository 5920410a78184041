/** A labelled checkbox card, with an optional hint read by screen readers. */
export function Checkbox({ id, name, value, label, hint, defaultChecked }: { id: string; name: string; value?: string; label: string; hint?: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex min-h-10 cursor-pointer items-start gap-3 rounded-md border bg-card px-3 py-2 text-sm hover:bg-muted/40">
      <input
        id={id}
        name={name}
        value={value}
        type="checkbox"
        defaultChecked={defaultChecked}
        className="mt-0.5 size-4 shrink-0 accent-[var(--color-primary)]"
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <span>
        <span className="font-medium">{label}</span>
        {hint ? (
          <span id={`${id}-hint`} className="block text-xs text-muted-foreground">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}

export function CheckboxGroup<T extends string>({
  name,
  legend,
  hint,
  options,
  labels,
  checked,
  error,
}: {
  name: string;
  legend: string;
  hint: string;
  options: readonly T[];
  labels: Record<T, string>;
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <p id={`${name}-hint`} className="-mt-1 text-xs text-muted-foreground">
        {hint}
      </p>
      {/* As many columns as fit: two on a phone, one at 200% zoom, wider cards on a desktop. */}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-2 lg:grid-cols-[repeat(auto-fill,minmax(11rem,1fr))]">
        {options.map((o) => (
          <Checkbox key={o} id={`${name}-${o}`} name={name} value={o} label={labels[o]} defaultChecked={checked.includes(o)} />
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
