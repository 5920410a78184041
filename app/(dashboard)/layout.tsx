import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { AppShell } from '@/components/shell/app-shell';
import { OfflineProvider } from '@/components/offline/offline-provider';
import { OfflineStatus } from '@/components/offline/offline-status';
import { getDb } from '@/db/client';
import { getRescueFlags } from '@/db/queries/account-security';
import { getFosterHomeName } from '@/db/queries/foster-homes';
import { requireUser } from '@/lib/authz';
import { navFor } from '@/lib/domain/access';

export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const db = await getDb();
  const [homeName, flags] = await Promise.all([
    user.fosterHomeId ? getFosterHomeName(db, { id: user.fosterHomeId }) : null,
    getRescueFlags(db),
  ]);
  const shell = (
    <AppShell
      user={{ name: user.name, email: user.email, role: user.role, homeName }}
      nav={navFor(user.role)}
      banner={
        <>
          {flags.demo ? <DemoBanner admin={user.role === 'admin'} /> : null}
          {user.role === 'foster' ? <OfflineStatus /> : null}
        </>
      }
    >
      {children}
    </AppShell>
  );
  // Fosters work beside the cage, often with no signal: their screens work offline (components/offline).
  if (user.role !== 'foster') return shell;
  return (
    <OfflineProvider userId={user.id} renderedAt={new Date().toISOString()}>
      {shell}
    </OfflineProvider>
  );
}

function DemoBanner({ admin }: { admin: boolean }) {
  return (
    <Alert variant="warning" className="mb-4 print:hidden" data-testid="demo-banner">
      <strong>Demo rescue.</strong> These rats, homes and people are made up.{' '}
      {admin ? (
        <Link href="/settings#rescue-status" className="underline">
          Remove the demo when you are ready to start
        </Link>
      ) : (
        'An admin removes the demo when the rescue starts for real.'
      )}
    </Alert>
  );
}
