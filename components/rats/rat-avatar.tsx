import Image from 'next/image';
import { ratPhotoUrl } from '@/lib/photos';
import { cn } from '@/lib/utils';

/** The rat's main photo as a small circle, or its initial when it has none. Decorative: the name is next to it. */
export function RatAvatar({ ratId, photoId, name, className }: { ratId: number; photoId: number | null; name: string; className?: string }) {
  const base = cn('size-9 shrink-0 rounded-full', className);
  if (photoId !== null) {
    // Unoptimized: the photo route checks the session, which the image optimizer would not carry.
    return <Image src={ratPhotoUrl(ratId, photoId, 'thumb')} alt="" width={36} height={36} unoptimized className={cn(base, 'object-cover')} />;
  }
  return (
    <span aria-hidden className={cn(base, 'flex items-center justify-center bg-secondary text-sm font-semibold text-secondary-foreground')}>
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
