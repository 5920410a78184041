import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getCurrentUser } from '@/lib/authz';

export const metadata: Metadata = { title: 'Change password' };
export const dynamic = 'force-dynamic';

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return (
    <Card>
      <CardHeader>
        <CardTitle>Change your password</CardTitle>
        <CardDescription>Signed in as {user.email}. Changing it signs you out everywhere, this device included.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {user.mustChangePassword ? (
          <Alert variant="warning">An admin reset your password. Choose your own before you continue.</Alert>
        ) : null}
        <ChangePasswordForm />
        {!user.mustChangePassword ? (
          <a href="/dashboard" className="text-sm underline">
            Back to the dashboard
          </a>
        ) : null}
      </CardContent>
    </Card>
  );
}
