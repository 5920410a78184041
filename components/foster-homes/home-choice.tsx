import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { HomeSelect } from './home-select';

/**
 * A GET form that picks one foster home (`home=<id>`): works without JavaScript. `first` is the
 * empty option before the homes (every home, or a prompt); `required` refuses sending it.
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
  first: string;
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
        <HomeSelect
          id={id}
          name="home"
          homes={homes.map((h) => ({ id: h.fosterHomeId, name: h.name }))}
          none={first}
          defaultValue={value ?? ''}
          required={required}
          className="h-11 w-64 max-w-full"
        />
      </span>
      <Button type="submit" variant="outline" className="h-11">
        {submit}
      </Button>
    </form>
  );
}
