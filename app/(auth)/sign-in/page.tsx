import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';
import { getCurrentUser } from '@/lib/authz';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

// Banners come from these known keys only: text in the address never reaches the page.
const NOTICES: Record<string, string> = {
  'password-changed': 'Your password is changed and every other session has ended. Sign in with the new password.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ welcome?: string; notice?: string }> }) {
  const { welcome, notice } = await searchParams;
  const noticeText = typeof notice === 'string' && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : null;
  if ((await countUsers(await getDb())) === 0) redirect('/setup');
  if (await getCurrentUser()) redirect('/dashboard');
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <span className="sr-only">Ratwise: </span>Sign in
        </CardTitle>
        <CardDescription>Use the email and password your rescue gave you.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {noticeText ? <Alert variant="success">{noticeText}</Alert> : null}
        {welcome ? <Alert variant="success">Your admin account is ready. Sign in to invite your team.</Alert> : null}
        <SignInForm />
      </CardContent>
    </Card>
  );
}
