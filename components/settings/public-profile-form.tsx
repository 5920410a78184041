'use client';

import { updatePublicProfileAction } from '@/app/(dashboard)/settings/actions';
import { TextSettingsForm } from './text-settings-form';

/** The public listing's name and fee per rat (admins edit; others read). */
export function PublicProfileForm({ rescueName, feePerRatCents, canEdit }: { rescueName: string; feePerRatCents: number; canEdit: boolean }) {
  return (
    <TextSettingsForm
      action={updatePublicProfileAction}
      canEdit={canEdit}
      submitLabel="Save public listing settings"
      fields={[
        { id: 'p-name', name: 'rescueName', label: 'Rescue name on the public pages', value: rescueName, maxLength: 120 },
        {
          id: 'p-fee',
          name: 'feePerRat',
          label: 'Adoption fee per rat (£)',
          hint: 'A pair costs twice this; 0 for no fee.',
          value: (feePerRatCents / 100).toFixed(2),
          inputMode: 'decimal',
        },
      ]}
    />
  );
}
