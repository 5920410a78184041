import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdopterForm } from '@/components/adopters/adopter-form';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { ADOPTER_FIELDS, getAdopter } from '@/db/queries/adopters';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Edit application' };

export default async function EditAdopterPage({ params }: { params: Promise<{ adopterId: string }> }) {
  const { adopterId } = await params;
  const id = parseId(adopterId);
  if (id === null) notFound();
  await requireRole(rolesFor('/adopters'));
  const adopter = await getAdopter(await getDb(), { id });
  if (!adopter) notFound();
  const initial: Record<string, string> = { adopterId: String(adopter.id), version: String(adopter.version) };
  for (const field of ADOPTER_FIELDS) {
    const value = adopter[field];
    initial[field] = Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? 'on' : '') : value === null ? '' : String(value);
  }
  return (
    <>
      <BackLink href={`/adopters/${id}`}>{adopter.name}</BackLink>
      <PageHeader title={`Edit ${adopter.name}’s application`} />
      <AdopterForm mode="edit" initial={initial} cancelHref={`/adopters/${id}`} />
    </>
  );
}
