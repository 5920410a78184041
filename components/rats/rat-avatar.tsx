import Image from 'next/image';
import { cn } from '@/lib/utils';

/** The URL of a rat photo's thumbnail (served, with the access check, by the photos route). */
function thumbnailUrl(ratId: number, photoId: number): string {
  return `/api/rats/${ratId}/photos/${photoId}?size=thumb`;
}

/** The rat's main photo as a small circle, or its initial when it has none. Decorative: the name is next to it. */
export function RatAvatar({ ratId, photoId, name, className }: { ratId: number; photoId: number | null; name: string; className?: string }) {
  const base = cn('size-9 shrink-0 rounded-full', className);
  if (photoId !== null) {
    // Unoptimized: the photo route checks the session, which the image optimizer would not carry.
    return <Image src={thumbnailUrl(ratId, photoId)} alt="" width={36} height={36} unoptimized className={cn(base, 'object-cover')} />;
  }
  return (
    <span aria-hidden className={cn(base, 'flex items-center justify-center bg-secondary text-sm font-semibold text-secondary-foreground')}>
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
