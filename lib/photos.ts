/** The URL of a rat's photo, served by the authorised photo route. */
export function ratPhotoUrl(ratId: number, photoId: number, size: 'thumb' | 'full' = 'full'): string {
  return `/api/rats/${ratId}/photos/${photoId}${size === 'thumb' ? '?size=thumb' : ''}`;
}
