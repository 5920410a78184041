import type { Metadata } from 'next';
import { SettingsForm } from '@/components/settings/settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { POLICY_SETTINGS } from '@/lib/domain/policy';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireRole(rolesFor('/settings'));
  const policy = await getPolicy(await getDb());
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
    </>
  );
}
