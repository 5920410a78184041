import type { ComponentProps } from 'react';
import { NativeSelect } from '@/components/ui/input';

/** A choice of foster home by id, after a first, empty option (`none`: no home, any home, choose one). */
export function HomeSelect({ homes, none, ...props }: ComponentProps<typeof NativeSelect> & { homes: ReadonlyArray<{ id: number; name: string }>; none: string }) {
  return (
    <NativeSelect {...props}>
      <option value="">{none}</option>
      {homes.map((h) => (
        <option key={h.id} value={h.id}>
          {h.name}
        </option>
      ))}
    </NativeSelect>
  );
}
