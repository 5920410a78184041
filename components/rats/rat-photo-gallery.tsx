import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page-header';
import { formatBytes, ratPhotoUrl } from '@/lib/photos';
import { RatPhotoActions } from './rat-photo-actions';
import { When } from './when';

export type GalleryPhoto = {
  id: number;
  caption: string | null;
  isMain: boolean;
  bytes: number;
  createdAt: Date;
  uploadedByName: string | null;
};

/** The rat's photos, main first; each opens full size. Staff can choose the main photo or delete one. */
export function RatPhotoGallery({ ratId, ratName, photos, canEdit }: { ratId: number; ratName: string; photos: GalleryPhoto[]; canEdit: boolean }) {
  if (photos.length === 0) {
    return (
      <EmptyState title={`No photos of ${ratName} yet`}>
        {canEdit ? 'Upload one above: the first photo becomes the main photo.' : 'Staff add photos; they will appear here.'}
      </EmptyState>
    );
  }
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label={`Photos of ${ratName}`}>
      {photos.map((photo, index) => {
        const label = photo.caption ? `photo “${photo.caption}”` : `photo ${index + 1}`;
        return (
          <li key={photo.id} className="flex flex-col overflow-hidden rounded-lg border bg-card" data-testid="rat-photo">
            <a href={ratPhotoUrl(ratId, photo.id)} target="_blank" rel="noopener" className="relative block aspect-square bg-muted">
              {/* A plain <img>: the image route checks the session cookie, which Next's optimiser would not send. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={ratPhotoUrl(ratId, photo.id, 'thumb')}
                alt={photo.caption ? `${ratName}: ${photo.caption}` : `${ratName}, ${label}`}
                loading="lazy"
                className="size-full object-cover"
              />
              {photo.isMain ? (
                <Badge variant="default" className="absolute top-2 left-2 bg-card/90 shadow-sm">
                  Main photo
                </Badge>
              ) : null}
              <span className="sr-only"> (opens full size in a new tab)</span>
            </a>
            <div className="flex flex-1 flex-col gap-2 p-2.5">
              {photo.caption ? <p className="text-sm">{photo.caption}</p> : null}
              <p className="text-xs text-muted-foreground">
                <When at={photo.createdAt} />
                {photo.uploadedByName ? ` · ${photo.uploadedByName}` : ''} · {formatBytes(photo.bytes)}
              </p>
              {canEdit ? <RatPhotoActions ratId={ratId} photoId={photo.id} isMain={photo.isMain} label={label} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
