import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowForm } from '@/components/users/user-row-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listFosterHomeOptions, listUsers } from '@/db/queries/users';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requireRole(rolesFor('/users'));
  const db = await getDb();
  const [users, homes] = await Promise.all([listUsers(db), listFosterHomeOptions(db)]);
  return (
    <>
      <PageHeader title="Users" description="Everyone who can sign in, their role and, for fosters, their home." />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader>
            <CardTitle>People</CardTitle>
            <CardDescription>{users.filter((u) => u.active).length} active accounts</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y" aria-label="Users">
              {users.map((u) => (
                <li key={u.id} className="py-3">
                  <UserRowForm
                    user={{
                      id: u.id,
                      name: u.name,
                      email: u.email,
                      role: u.role,
                      active: u.active,
                      fosterHomeId: u.fosterHomeId,
                      lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
                    }}
                    homes={homes}
                    isSelf={u.id === me.id}
                  />
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>Add a user</CardTitle>
            <CardDescription>Give them the email and password; they can sign in straight away.</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateUserForm homes={homes} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
