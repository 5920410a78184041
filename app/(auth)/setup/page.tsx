import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FirstAdminForm } from '@/components/auth/first-admin-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';

export const metadata: Metadata = { title: 'Set up' };
export const dynamic = 'force-dynamic';

/** Only an empty database offers this page; once anyone exists it is gone for good. */
export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect('/sign-in');
  return (
    <Card>
      <CardHeader>
        <CardTitle>Create the first admin</CardTitle>
        <CardDescription>
          Welcome to Ratwise. This account manages users and the rescue&apos;s policy settings; you can invite staff,
          coordinators and fosters next.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <FirstAdminForm />
      </CardContent>
    </Card>
  );
}
