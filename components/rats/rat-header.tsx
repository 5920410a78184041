import { humanize, type RatStatus, type Sex } from '@/lib/domain/vocabulary';
import { RatPhotoAvatar } from './rat-photo-avatar';
import { RatSafetyBadges, type SafetyWindows } from './rat-safety-badges';
import { RatStatusBadge } from './rat-status-badge';

type HeaderRat = { id: number; code: string; name: string; sex: Sex; status: RatStatus; homeName: string | null };

/** Who this rat is at a glance: photo, name, code, status, home, and open safety windows. */
export function RatHeader({ rat, mainPhotoId, safety, titleId }: { rat: HeaderRat; mainPhotoId: number | null; safety: SafetyWindows; titleId?: string }) {
  return (
    <header className="mb-5 flex min-w-0 items-start gap-4">
      <RatPhotoAvatar ratId={rat.id} name={rat.name} photoId={mainPhotoId} />
      <div className="flex min-w-0 flex-col gap-1.5">
        <h1 id={titleId} className="truncate text-2xl font-semibold tracking-tight">{rat.name}</h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
          <span className="font-mono text-xs" data-testid="rat-code">{rat.code}</span>
          <span aria-hidden>·</span>
          <span>{humanize(rat.sex)}</span>
          <span aria-hidden>·</span>
          <span>{rat.homeName ?? 'Not placed in a home'}</span>
        </p>
        <div className="flex flex-wrap items-center gap-1.5">
          <RatStatusBadge status={rat.status} />
          <RatSafetyBadges {...safety} />
        </div>
      </div>
    </header>
  );
}
