import { ArrowLeft, ChevronRight } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { LitterForm } from '@/components/litters/litter-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { NativeSelect } from '@/components/ui/input';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { getDam, listDamOptions, listSireOptions } from '@/db/queries/litters';
import { getPolicy } from '@/db/queries/settings';
import { requireRole, STAFF_ROLES } from '@/lib/authz';
import { todayIso } from '@/lib/domain/quarantine';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Record a litter' };

/** `?dam=<ratId>` records a birth for that female; without it, choose the dam (those on pregnancy watch first). */
export default async function NewLitterPage({ searchParams }: { searchParams: Promise<{ dam?: string }> }) {
  await requireRole(STAFF_ROLES);
  const { dam } = await searchParams;
  const damId = dam === undefined ? null : parseId(dam);
  if (dam !== undefined && damId === null) notFound();
  const damRow = damId === null ? null : await getDam(await getDb(), { id: damId });
  if (damId !== null && !damRow) notFound();
  return (
    <>
      <Link href="/litters" className="mb-3 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        Litters
      </Link>
      <Suspense fallback={<PageSkeleton rows={5} />}>{damRow ? <RecordBirth dam={damRow} /> : <ChooseDam />}</Suspense>
    </>
  );
}

type Dam = NonNullable<Awaited<ReturnType<typeof getDam>>>;

async function RecordBirth({ dam }: { dam: Dam }) {
  const db = await getDb();
  const [sires, policy] = await Promise.all([listSireOptions(db), getPolicy(db)]);
  return (
    <>
      <PageHeader title={`Record a litter for ${dam.name}`} description={`${dam.code}${dam.homeName ? ` · ${dam.homeName}` : ''}${dam.cageGroupName ? ` · ${dam.cageGroupName}` : ''}`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,36rem)_minmax(0,1fr)]">
        <Card>
          <CardContent className="p-5">
            <LitterForm
              dam={{ id: dam.id, name: dam.name, homeName: dam.homeName, cageGroupName: dam.cageGroupName, onPregnancyWatch: dam.watchDueOn !== null }}
              sires={sires}
              today={todayIso(new Date())}
              litterSeparationDay={policy.litterSeparationDay}
            />
          </CardContent>
        </Card>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>{dam.name}</CardTitle>
            <CardDescription>The dam</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-2 text-sm">
            {dam.watchDueOn ? (
              <p>
                <Badge variant="info">Pregnancy watch</Badge> since {formatDate(dam.watchStartedOn)}, due {formatDate(dam.watchDueOn)}.
              </p>
            ) : (
              <p className="text-muted-foreground">Not on pregnancy watch.</p>
            )}
            <p className="text-muted-foreground">Unweaned kittens stay with their mother: sex safety does not apply to them until the separation day.</p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

async function ChooseDam() {
  const females = await listDamOptions(await getDb());
  const watched = females.filter((f) => f.pregnancyDueOn);
  const others = females.filter((f) => !f.pregnancyDueOn);
  return (
    <>
      <PageHeader title="Record a litter" description="Choose the mother. Females on pregnancy watch come first." />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="watched-heading">
          <h2 id="watched-heading" className="mb-2 text-lg font-semibold">
            On pregnancy watch
          </h2>
          {watched.length === 0 ? (
            <EmptyState title="No female is on pregnancy watch" />
          ) : (
            <ul className="flex flex-col divide-y rounded-lg border bg-card">
              {watched.map((f) => (
                <li key={f.id}>
                  <Link href={`/litters/new?dam=${f.id}`} className="flex min-h-14 items-center gap-3 px-4 py-3 hover:bg-muted/50">
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium">{f.name}</span>
                      <span className="block text-xs text-muted-foreground">
                        {f.code}
                        {f.homeName ? ` · ${f.homeName}` : ''}
                      </span>
                    </span>
                    <span className="text-right text-xs text-muted-foreground">
                      Watch until
                      <span className="block font-medium text-foreground">{formatDate(f.pregnancyDueOn)}</span>
                    </span>
                    <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {others.length > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle>Another female</CardTitle>
              <CardDescription>A surprise litter from a female not on watch.</CardDescription>
            </CardHeader>
            <CardContent>
              <form action="/litters/new" method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
                <Field id="dam" label="Dam" className="flex-1">
                  <NativeSelect id="dam" name="dam" required defaultValue="">
                    <option value="" disabled>
                      Choose a female
                    </option>
                    {others.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.name} ({f.code}){f.homeName ? `, ${f.homeName}` : ''}
                      </option>
                    ))}
                  </NativeSelect>
                </Field>
                <Button type="submit" variant="outline">
                  Continue
                </Button>
              </form>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
