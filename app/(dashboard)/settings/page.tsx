import type { Metadata } from 'next';
import Link from 'next/link';
import { RemoveDemoForm, RescueLiveForm } from '@/components/settings/rescue-status-forms';
import { SettingsForm } from '@/components/settings/settings-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getRescueFlags } from '@/db/queries/account-security';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getPolicy } from '@/db/queries/settings';
import { RatteryForm } from '@/components/breeding/breeding-forms';
import { getRattery } from '@/db/queries/rattery';
import { getPublicProfile } from '@/db/queries/public-listings';
import { PublicProfileForm } from '@/components/settings/public-profile-form';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { POLICY_SETTINGS } from '@/lib/domain/policy';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireRole(rolesFor('/settings'));
  const db = await getDb();
  const [policy, flags, rattery, profile] = await Promise.all([getPolicy(db), getRescueFlags(db), getRattery(db), getPublicProfile(db)]);
  const canEdit = user.role === 'admin';
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          canEdit
            ? 'The rescue’s policy numbers. Ratwise uses them for quarantine clocks, watches, alerts and adoption readiness.'
            : 'The rescue’s policy numbers. Only an admin can change them.'
        }
      />
      <SettingsForm
        canEdit={canEdit}
        settings={POLICY_SETTINGS.map((s) => ({
          key: s.key,
          label: s.label,
          unit: s.unit,
          min: s.min,
          max: s.max,
          defaultValue: s.defaultValue,
          reason: s.reason,
          value: policy[s.key],
        }))}
      />
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Public listing</CardTitle>
          <CardDescription>
            What adopters see on the{' '}
            <Link href="/adopt" className="text-primary underline underline-offset-4">
              public pages
            </Link>
            : the rescue’s name, and the adoption fee per rat.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PublicProfileForm rescueName={profile.rescueName} feePerRatCents={profile.feePerRatCents} canEdit={canEdit} />
        </CardContent>
      </Card>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Rattery</CardTitle>
          <CardDescription>For breeders: the rattery’s name and the prefix its kittens’ names start with. The ages for a first litter are policy numbers above.</CardDescription>
        </CardHeader>
        <CardContent>
          <RatteryForm name={rattery.name} kittenPrefix={rattery.kittenPrefix} canEdit={canEdit} />
        </CardContent>
      </Card>
      {canEdit ? (
        <Card id="rescue-status" className="mt-6">
          <CardHeader>
            <CardTitle>Rescue status</CardTitle>
            <CardDescription>Once the rescue runs for real, mark it live so the demo password stops working.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            <RescueLiveForm live={flags.live} />
            {flags.demo ? <RemoveDemoForm /> : null}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
