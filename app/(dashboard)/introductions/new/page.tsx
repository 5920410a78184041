import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PlanForm, type PlanRat } from '@/components/introductions/plan-form';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { listIntroductionRunners, listPlannableRats } from '@/db/queries/introductions';
import { requireRole } from '@/lib/authz';
import { toIsoDate } from '@/lib/domain/dates';
import { inQuarantine } from '@/lib/domain/placements';
import { formatShortDate } from '@/lib/domain/quarantine';
import { INTRODUCTION_ROLES } from '@/lib/domain/staff-roles';

export const metadata: Metadata = { title: 'Plan an introduction' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `rat:12,group:3` from a link (a rat page, a cage group, a solo-rat alert) into rat ids. */
function prefillIds(value: string | string[] | undefined, rats: PlanRat[]): number[] {
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  const ids = new Set<number>();
  for (const part of text.split(',').slice(0, 20)) {
    const match = /^(rat|group):(\d{1,9})$/.exec(part.trim());
    if (!match) continue;
    const id = Number(match[2]);
    for (const r of rats) if (match[1] === 'rat' ? r.id === id : r.groupId === id) ids.add(r.id);
  }
  return [...ids];
}

export default async function PlanIntroductionPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole(INTRODUCTION_ROLES);
  const params = await searchParams;
  return (
    <>
      <BackLink href="/introductions">Introductions</BackLink>
      <PageHeader title="Plan an introduction" description="Choose side A and side B, then how, where and when they meet. The rules are checked when you save." />
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <PlanContent a={params.a} b={params.b} />
      </Suspense>
    </>
  );
}

async function PlanContent({ a, b }: { a: string | string[] | undefined; b: string | string[] | undefined }) {
  const db = await getDb();
  const now = new Date();
  const [housed, homes, runners] = await Promise.all([listPlannableRats(db), listPlacementHomes(db), listIntroductionRunners(db)]);
  const rats: PlanRat[] = housed.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    sex: r.sex,
    homeId: r.fosterHomeId,
    homeName: r.homeName,
    groupId: r.groupId,
    groupName: r.groupName,
    note: inQuarantine(r, now) ? `quarantine until ${formatShortDate(r.quarantine!.plannedEndOn)}` : null,
  }));
  const sideA = prefillIds(a, rats);
  const sideB = prefillIds(b, rats).filter((id) => !sideA.includes(id));
  const homeId = rats.find((r) => r.id === sideA[0])?.homeId ?? null;
  return (
    <PlanForm
      rats={rats}
      homes={homes.map((h) => ({ id: h.id, name: h.name }))}
      runners={runners}
      prefill={{ a: sideA, b: sideB, homeId }}
      today={toIsoDate(now)}
    />
  );
}
