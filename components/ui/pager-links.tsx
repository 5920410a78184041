import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';

/** The page asked for in `?page=`: a whole number from 1, anything else is the first page. */
export function pageParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,6}$/.test(text) && Number(text) >= 1 ? Number(text) : 1;
}

/** Previous and next links under a paged list, with where the list stands. */
export function PagerLinks({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const linkClass = 'inline-flex min-h-11 items-center gap-1 rounded-md border px-3 font-medium hover:bg-muted';
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <span className="text-muted-foreground">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(Math.min(page, pageCount + 1) - 1)} rel="prev" className={linkClass}>
            <ChevronLeft aria-hidden className="size-4" />
            Previous
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
            Next
            <ChevronRight aria-hidden className="size-4" />
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
