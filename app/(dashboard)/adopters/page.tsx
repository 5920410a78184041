import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/components/ui/coming-soon';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Adopters' };

export default async function AdoptersPage() {
  await requireRole(rolesFor('/adopters'));
  return (
    <AreaPlaceholder title="Adopters" description="People who applied to adopt, and their adoptions.">
      Applications, approvals and adoptions will be listed here.
    </AreaPlaceholder>
  );
}
