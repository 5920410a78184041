import type { Metadata } from 'next';
import { FosterHomeForm } from '@/components/foster-homes/foster-home-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/authz';
import { HOME_EDIT_ROLES } from '@/lib/domain/staff-roles';

export const metadata: Metadata = { title: 'New foster home' };

export default async function NewFosterHomePage() {
  await requireRole(HOME_EDIT_ROLES);
  return (
    <>
      <PageHeader title="New foster home" description="A household that cares for rats: who to contact, how many rats and cages it has room for, and what it can take on." />
      <FosterHomeForm mode="create" initial={{ experienceLevel: 'new', capacityRats: '4', capacityCages: '1' }} cancelHref="/foster-homes" />
    </>
  );
}
