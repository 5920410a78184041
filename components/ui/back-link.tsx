import { ChevronLeft } from 'lucide-react';
import Link from 'next/link';

/** Back to a rat's page (or any page above), as a thumb-sized link. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="-ml-2 mb-2 inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-primary hover:underline">
      <ChevronLeft aria-hidden className="size-4" />
      {children}
    </Link>
  );
}
