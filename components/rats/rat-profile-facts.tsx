import Link from 'next/link';
import { humanize, type Sex } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

type FactsRat = {
  code: string;
  sex: Sex;
  birthDate: string | null;
  birthDateEstimated: boolean;
  neuteredOn: string | null;
  variety: string | null;
  markings: string | null;
  damId: number | null;
  damName: string | null;
  sireId: number | null;
  sireName: string | null;
  notes: string | null;
};

function Parent({ id, name, linkable }: { id: number | null; name: string | null; linkable: boolean }) {
  if (!id || !name) return <>Unknown</>;
  return linkable ? (
    <Link href={`/rats/${id}`} className="text-primary hover:underline">
      {name}
    </Link>
  ) : (
    <>{name}</>
  );
}

/** The profile, read-only (what a foster sees). Parents link only where the reader may open them. */
export function RatProfileFacts({ rat, linkParents }: { rat: FactsRat; linkParents: boolean }) {
  const facts: Array<[string, React.ReactNode]> = [
    ['Rescue code', <span key="code" className="font-mono text-sm">{rat.code}</span>],
    ['Sex', humanize(rat.sex)],
    ['Born', rat.birthDate ? `${formatDate(rat.birthDate)}${rat.birthDateEstimated ? ' (estimated)' : ''}` : 'Unknown'],
    ['Neutered', rat.neuteredOn ? formatDate(rat.neuteredOn) : 'No'],
    ['Variety', rat.variety ?? '—'],
    ['Markings', rat.markings ?? '—'],
    ['Dam', <Parent key="dam" id={rat.damId} name={rat.damName} linkable={linkParents} />],
    ['Sire', <Parent key="sire" id={rat.sireId} name={rat.sireName} linkable={linkParents} />],
  ];
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
            <dd className="mt-0.5 font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-xs uppercase tracking-wide text-muted-foreground">Notes</h3>
        <p className="mt-0.5 whitespace-pre-line text-sm">{rat.notes || 'No notes yet.'}</p>
      </div>
    </div>
  );
}
