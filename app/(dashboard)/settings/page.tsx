import type { Metadata } from 'next';
import { RemoveDemoForm, RescueLiveForm } from '@/components/settings/rescue-status-forms';
import { SettingsForm } from '@/components/settings/settings-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getRescueFlags } from '@/db/queries/account-security';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { POLICY_SETTINGS } from '@/lib/domain/policy';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireRole(rolesFor('/settings'));
  const db = await getDb();
  const [policy, flags] = await Promise.all([getPolicy(db), getRescueFlags(db)]);
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
