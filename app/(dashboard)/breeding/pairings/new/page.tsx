import type { Metadata } from 'next';
import { PairingForm } from '@/components/breeding/breeding-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listPairingCandidates } from '@/db/queries/pairings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { todayIso } from '@/lib/domain/quarantine';

export const metadata: Metadata = { title: 'Plan a pairing' };

export default async function NewPairingPage() {
  await requireRole(rolesFor('/breeding'));
  const candidates = await listPairingCandidates(await getDb());
  return (
    <>
      <BackLink href="/breeding">Breeding</BackLink>
      <PageHeader title="Plan a pairing" description="Choose a doe and an intact buck in care. The next page shows the kittens’ COI, the ancestors they share and anything that blocks the pairing." />
      <Card className="max-w-xl">
        <CardContent className="p-5">
          <PairingForm does={candidates.filter((c) => c.sex === 'female')} bucks={candidates.filter((c) => c.sex === 'male')} today={todayIso(new Date())} />
        </CardContent>
      </Card>
    </>
  );
}
