import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/components/ui/coming-soon';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Introductions' };

export default async function IntroductionsPage() {
  await requireRole(rolesFor('/introductions'));
  return (
    <AreaPlaceholder title="Introductions" description="Planned and running introductions between rats and cage groups.">
      Introductions, their stages and each meeting’s observations will be listed here.
    </AreaPlaceholder>
  );
}
