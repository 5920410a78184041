import type { Metadata } from 'next';
import { AdopterForm } from '@/components/adopters/adopter-form';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'New application' };

export default async function NewAdopterPage() {
  await requireRole(rolesFor('/adopters'));
  return (
    <>
      <BackLink href="/adopters">Adopters</BackLink>
      <PageHeader title="New application" description="A person who wants to adopt: their household, their own rats, other pets and experience." />
      <AdopterForm mode="create" initial={{ experience: 'new', existingRatsCount: '0', existingRatsFemales: '0', existingRatsMales: '0', existingRatsNeuteredMales: '0' }} cancelHref="/adopters" />
    </>
  );
}
