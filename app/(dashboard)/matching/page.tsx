import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/components/ui/coming-soon';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Matching' };

export default async function MatchingPage() {
  await requireRole(rolesFor('/matching'));
  return (
    <AreaPlaceholder title="Matching" description="Compatibility and the best pairing of rats ready for adoption.">
      Pair proposals and the best pairing of the available rats will be shown here.
    </AreaPlaceholder>
  );
}
