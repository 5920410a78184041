import { ratPhotoUrl } from '@/lib/photos';
import { cn } from '@/lib/utils';

/** The rat's main photo as a square, or a friendly placeholder with its initial. */
export function RatPhotoAvatar({
  ratId,
  name,
  photoId,
  className,
}: {
  ratId: number;
  name: string;
  photoId: number | null | undefined;
  className?: string;
}) {
  if (photoId) {
    return (
      // A plain <img>: the image route checks the session cookie, which Next's optimiser would not send.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={ratPhotoUrl(ratId, photoId, 'thumb')}
        alt={`${name}, main photo`}
        className={cn('size-20 shrink-0 rounded-xl border bg-muted object-cover sm:size-24', className)}
        data-testid="rat-main-photo"
      />
    );
  }
  return (
    <div
      className={cn(
        'flex size-20 shrink-0 items-center justify-center rounded-xl border border-dashed bg-primary/5 text-3xl font-semibold text-primary/70 sm:size-24',
        className,
      )}
      data-testid="rat-photo-placeholder"
    >
      <span aria-hidden>{name.trim().charAt(0).toUpperCase() || '?'}</span>
      <span className="sr-only">No photo of {name} yet</span>
    </div>
  );
}
