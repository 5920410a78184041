import Link from 'next/link';
import { RatAvatar } from '@/components/rats/rat-avatar';
import { Badge } from '@/components/ui/badge';
import type { BoardIntroduction, SideRat } from '@/db/queries/introductions';
import { countOf, formatShortDate } from '@/lib/domain/quarantine';
import { INTRODUCTION_STATUS_LABELS, OBSERVATION_OUTCOME_LABELS } from '@/lib/domain/vocabulary';
import { OUTCOME_VARIANT, STATUS_VARIANT, sideNames } from './labels';

export function SideAvatars({ rats }: { rats: readonly SideRat[] }) {
  return (
    <span className="flex -space-x-2">
      {rats.slice(0, 4).map((r) => (
        <RatAvatar key={r.ratId} ratId={r.ratId} photoId={r.photoId} name={r.name} className="size-8 ring-2 ring-card" />
      ))}
      {rats.length > 4 ? <span className="flex size-8 items-center justify-center rounded-full bg-muted text-xs ring-2 ring-card">+{rats.length - 4}</span> : null}
    </span>
  );
}

/** One introduction on the board: both sides, days in stage, the latest outcome. */
export function IntroductionCard({ intro, daysInStage }: { intro: BoardIntroduction; daysInStage: number }) {
  const title = `${sideNames(intro.sideA)} with ${sideNames(intro.sideB)}`;
  return (
    <li>
      <Link
        href={`/introductions/${intro.id}`}
        className="flex flex-col gap-2 rounded-lg border bg-card p-3 shadow-xs transition-colors hover:border-primary focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span className="flex items-center gap-2">
          <SideAvatars rats={intro.sideA} />
          <span aria-hidden className="text-muted-foreground">⇄</span>
          <SideAvatars rats={intro.sideB} />
        </span>
        <span className="text-sm font-medium leading-snug">{title}</span>
        <span className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
          <span>{intro.homeName ?? 'No home'}</span>
          <span aria-hidden>·</span>
          <span>{intro.status === 'bonded' || intro.status === 'failed' ? intro.endedOn ? `ended ${formatShortDate(intro.endedOn)}` : 'ended' : `${countOf(daysInStage, 'day')} in stage`}</span>
        </span>
        <span className="flex flex-wrap gap-1.5">
          {intro.status !== 'in_progress' ? <Badge variant={STATUS_VARIANT[intro.status]}>{INTRODUCTION_STATUS_LABELS[intro.status]}</Badge> : null}
          {intro.latestOutcome ? (
            <Badge variant={OUTCOME_VARIANT[intro.latestOutcome]}>Last meeting: {OBSERVATION_OUTCOME_LABELS[intro.latestOutcome].toLowerCase()}</Badge>
          ) : (
            <Badge variant="outline">No meetings yet</Badge>
          )}
        </span>
      </Link>
    </li>
  );
}
