import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getDb } from '@/db/client';
import { getFosterHomeName } from '@/db/queries/foster-homes';
import { requireUser } from '@/lib/authz';
import { navFor } from '@/lib/domain/access';

export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const homeName = user.fosterHomeId ? await getFosterHomeName(await getDb(), { id: user.fosterHomeId }) : null;
  return (
    <AppShell user={{ name: user.name, email: user.email, role: user.role, homeName }} nav={navFor(user.role)}>
      {children}
    </AppShell>
  );
}
