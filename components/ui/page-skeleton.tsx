import { Skeleton } from './skeleton';

/**
 * Shown while a page's data loads. Pages check who is asking before they suspend, so a page the
 * user may not open answers a real 404 instead of a skeleton followed by "not found".
 */
export function PageSkeleton({ rows = 6, stats = false }: { rows?: number; stats?: boolean }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <span className="sr-only" role="status">
        Loading…
      </span>
      {stats ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
      ) : null}
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-12" />
      ))}
    </div>
  );
}
