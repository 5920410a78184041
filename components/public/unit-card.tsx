import { Rat } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { PublicUnitView } from '@/lib/public-listing-view';

/** A rat alone fills a wide strip; a pair or group shares it in squares. */
function tile(unit: PublicUnitView): string {
  return unit.rats.length === 1 ? 'aspect-[2/1]' : 'aspect-[4/3]';
}

/** The rats' photos side by side (their public thumbnails), or a plain placeholder. */
export function UnitPhotos({ unit, large = false }: { unit: PublicUnitView; large?: boolean }) {
  return (
    <div className={`grid gap-1 bg-muted ${unit.rats.length > 1 ? 'grid-cols-2' : 'grid-cols-1'}`}>
      {unit.rats.slice(0, large ? unit.rats.length : 4).map((rat) =>
        rat.photoUrl ? (
          // A plain <img>: the thumbnail route answers for listed rats only, and nothing is gained by resizing 320px thumbnails again.
          // eslint-disable-next-line @next/next/no-img-element
          <img key={rat.name} src={rat.photoUrl} alt={`${rat.name}, ${rat.variety ?? 'rat'}`} loading="lazy" className={`${tile(unit)} w-full object-cover`} />
        ) : (
          <div key={rat.name} className={`${tile(unit)} flex w-full flex-col items-center justify-center gap-1 text-muted-foreground`} role="img" aria-label={`No photo of ${rat.name} yet`}>
            <Rat aria-hidden className="size-10" />
            <span className="text-xs">{rat.name}</span>
          </div>
        ),
      )}
    </div>
  );
}

export function JoinsResidentRatsNote({ unit }: { unit: PublicUnitView }) {
  if (!unit.joinsResidentRats) return null;
  return (
    <p className="rounded-md bg-secondary px-3 py-2 text-sm text-secondary-foreground">
      <strong>To join a home with rats.</strong> {unit.rats[0].name} is offered only to a home that already has rats: rats must never live alone.
    </p>
  );
}

/** One adoption unit on the listing page. */
export function UnitCard({ unit }: { unit: PublicUnitView }) {
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border bg-card shadow-sm" data-testid="public-unit">
      <UnitPhotos unit={unit} />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h2 className="text-lg font-semibold leading-tight">
          <Link href={unit.path} className="underline-offset-4 hover:underline">
            {unit.title}
          </Link>
        </h2>
        <p className="flex flex-wrap gap-1.5">
          <Badge variant="secondary">{unit.kind === 'group' ? (unit.rats.length === 2 ? 'A bonded pair' : `A bonded group of ${unit.rats.length}`) : 'On their own'}</Badge>
          <Badge variant="outline">{unit.sexText}</Badge>
        </p>
        <JoinsResidentRatsNote unit={unit} />
        <ul className="flex flex-col gap-1 text-sm">
          {unit.rats.map((rat) => (
            <li key={rat.name}>
              <span className="font-medium">{rat.name}</span>: {rat.temperament.charAt(0).toLowerCase() + rat.temperament.slice(1)}.
            </li>
          ))}
        </ul>
        <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 pt-2 text-sm text-muted-foreground">
          <dt className="sr-only">Experience</dt>
          <dd className="col-span-2">{unit.experienceText}</dd>
          <dt className="sr-only">Time in care</dt>
          <dd className="col-span-2">{unit.timeInCare}</dd>
          <dt className="sr-only">Fee</dt>
          <dd className="col-span-2">{unit.feeText}</dd>
        </dl>
      </div>
    </li>
  );
}
