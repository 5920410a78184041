import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/components/ui/coming-soon';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Quarantine' };

export default async function QuarantinePage() {
  await requireRole(rolesFor('/quarantine'));
  return (
    <AreaPlaceholder title="Quarantine" description="Quarantine clocks per rat, cohorts and release.">
      Open quarantine periods with days left or overdue, and a timeline per home, will be listed here.
    </AreaPlaceholder>
  );
}
