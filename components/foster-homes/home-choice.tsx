import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';

/**
 * A GET form that picks one foster home (`home=<id>`): works without JavaScript. `first` is the
 * option before the homes (every home, or a prompt); `required` refuses sending the prompt.
 */
export function HomeChoice({
  id,
  action,
  homes,
  value,
  first,
  submit,
  required = false,
  label = 'Foster home',
}: {
  id: string;
  action?: string;
  homes: ReadonlyArray<{ fosterHomeId: number; name: string }>;
  value: number | null;
  first: { label: string; disabled?: boolean };
  submit: ReactNode;
  required?: boolean;
  label?: string;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2" aria-label="Choose a foster home">
      <span className="flex min-w-0 flex-col gap-1 text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <NativeSelect id={id} name="home" defaultValue={value ?? ''} required={required} className="h-11 w-64 max-w-full">
          <option value="" disabled={first.disabled}>
            {first.label}
          </option>
          {homes.map((h) => (
            <option key={h.fosterHomeId} value={h.fosterHomeId}>
              {h.name}
            </option>
          ))}
        </NativeSelect>
      </span>
      <Button type="submit" variant="outline" className="h-11">
        {submit}
      </Button>
    </form>
  );
}
