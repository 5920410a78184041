import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { FosterHomeForm } from '@/components/foster-homes/foster-home-form';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { getFosterHome } from '@/db/queries/foster-homes';
import { requireRole } from '@/lib/authz';
import { FOSTER_HOME_FIELDS } from '@/lib/domain/foster-homes';
import { HOME_EDIT_ROLES } from '@/lib/domain/staff-roles';
import { toFosterHomeFormValues } from '@/lib/validation/foster-home';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Edit foster home' };

export default async function EditFosterHomePage({ params }: { params: Promise<{ homeId: string }> }) {
  const { homeId } = await params;
  const id = parseId(homeId);
  if (id === null) notFound();
  await requireRole(HOME_EDIT_ROLES);
  return (
    <Suspense fallback={<PageSkeleton rows={8} />}>
      <EditFosterHome id={id} />
    </Suspense>
  );
}

async function EditFosterHome({ id }: { id: number }) {
  const home = await getFosterHome(await getDb(), { id });
  if (!home) notFound();
  const values = Object.fromEntries(FOSTER_HOME_FIELDS.map((f) => [f, home[f]])) as Parameters<typeof toFosterHomeFormValues>[0];
  return (
    <>
      <PageHeader title={`Edit ${home.name}`} description="Changes are kept in the home’s history. If someone else saves first, you will see what they changed before anything is overwritten." />
      <FosterHomeForm mode="edit" initial={toFosterHomeFormValues({ ...values, version: home.version, homeId: home.id })} cancelHref={`/foster-homes/${home.id}`} />
    </>
  );
}
