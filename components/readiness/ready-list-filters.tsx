import { HomeSelect } from '@/components/foster-homes/home-select';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type Values = { home: number | null; sex: string | null; status: string | null; q: string | null };

/** The ready list's filters as a plain GET form: the URL holds them, so a view can be shared. */
export function ReadyListFiltersForm({ homes, values }: { homes: Array<{ id: number; name: string }>; values: Values }) {
  return (
    <form method="get" className="grid gap-3 rounded-lg border bg-card p-3 sm:grid-cols-[1fr_1fr_1fr_1fr_auto] sm:items-end" aria-label="Filter ready rats">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="ready-q">Name</Label>
        <Input id="ready-q" name="q" defaultValue={values.q ?? ''} maxLength={60} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="ready-home">Foster home</Label>
        <HomeSelect id="ready-home" name="home" homes={homes} none="Any home" defaultValue={values.home ?? ''} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="ready-sex">Sex</Label>
        <NativeSelect id="ready-sex" name="sex" defaultValue={values.sex ?? ''}>
          <option value="">Any</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="ready-status">Status</Label>
        <NativeSelect id="ready-status" name="status" defaultValue={values.status ?? ''}>
          <option value="">In care or available</option>
          <option value="in_care">In care (not listed yet)</option>
          <option value="available">Available</option>
        </NativeSelect>
      </div>
      <Button type="submit" variant="outline">
        Filter
      </Button>
    </form>
  );
}
