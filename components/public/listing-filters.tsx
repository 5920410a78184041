import { Button } from '@/components/ui/button';
import { AGE_BAND_LABELS, AGE_BANDS, UNIT_SEX_LABELS, type ListingFilters } from '@/lib/domain/public-listing';

const SELECT = 'h-10 rounded-md border border-input bg-card px-3 text-sm';

/** A plain GET form (folded away until used): it works without JavaScript, and the URL keeps the choices. */
export function ListingFiltersForm({ filters }: { filters: ListingFilters }) {
  return (
    <details className="group mt-4 rounded-lg border bg-card" open={filters.sex !== null || filters.age !== null || filters.experience !== null}>
      <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-medium">
        Filter: girls or boys, age, your experience
      </summary>
    <form method="get" action="/adopt" className="grid gap-3 border-t p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end" aria-label="Filter the rats">
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Girls or boys
        <select name="sex" defaultValue={filters.sex ?? ''} className={SELECT}>
          <option value="">Any</option>
          {Object.entries(UNIT_SEX_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Age
        <select name="age" defaultValue={filters.age ?? ''} className={SELECT}>
          <option value="">Any age</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {AGE_BAND_LABELS[band]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Your experience with rats
        <select name="experience" defaultValue={filters.experience ?? ''} className={SELECT}>
          <option value="">Show every listing</option>
          <option value="new">New to rats</option>
          <option value="some">I have kept rats</option>
          <option value="experienced">Experienced with shy rats</option>
        </select>
      </label>
      <Button type="submit">Show rats</Button>
    </form>
    </details>
  );
}
