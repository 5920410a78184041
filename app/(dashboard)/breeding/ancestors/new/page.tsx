import type { Metadata } from 'next';
import { OutsideAncestorForm } from '@/components/breeding/breeding-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listOutsideAncestors } from '@/db/queries/pedigrees';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Outside ancestor' };

/** Ancestors from outside lines are recorded for pedigrees only: they never appear among the rats in care or in alerts. */
export default async function NewAncestorPage() {
  await requireRole(rolesFor('/breeding'));
  const ancestors = await listOutsideAncestors(await getDb());
  return (
    <>
      <BackLink href="/breeding">Breeding</BackLink>
      <PageHeader
        title="Record an outside ancestor"
        description="A rat from another line, known only from its pedigree: it appears in pedigree charts and COI, never among the rats in care."
      />
      <Card className="max-w-2xl">
        <CardContent className="p-5">
          <OutsideAncestorForm ancestors={ancestors} />
        </CardContent>
      </Card>
    </>
  );
}
