import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/components/ui/coming-soon';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  await requireRole(rolesFor('/reports'));
  return (
    <AreaPlaceholder title="Reports" description="Charts of the rescue’s intakes, adoptions and progress.">
      Intakes against adoptions, time to adoption and foster capacity charts will be shown here.
    </AreaPlaceholder>
  );
}
