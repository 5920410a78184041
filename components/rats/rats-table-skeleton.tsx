import { Skeleton } from '@/components/ui/skeleton';

/** The rats table's shape while its rows load: filter bar, count, header and rows. */
export function RatsTableSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <span className="sr-only" role="status">
        Loading rats…
      </span>
      <Skeleton className="h-10 w-full sm:max-w-sm" />
      <div className="hidden gap-3 sm:grid sm:grid-cols-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
      <Skeleton className="h-5 w-40" />
      <div className="overflow-hidden rounded-lg border bg-card">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-3 border-t px-3 py-2.5">
            <Skeleton className="size-9 rounded-full" />
            <Skeleton className="h-4 w-32" />
            <Skeleton className="ml-auto h-4 w-24" />
          </div>
        ))}
      </div>
    </div>
  );
}
