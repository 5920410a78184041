'use client';

import { useActionState } from 'react';
import { updateSettingsAction } from '@/app/(dashboard)/settings/actions';
import { Card } from '@/components/ui/card';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { firstError, idle } from '@/lib/action-result';

type SettingRow = {
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  defaultValue: number;
  reason: string;
  value: number;
};

export function SettingsForm({ settings, canEdit }: { settings: SettingRow[]; canEdit: boolean }) {
  const [state, action] = useActionState(updateSettingsAction, idle);
  const formKey = state.ok ? `saved-${settings.map((s) => s.value).join('-')}` : JSON.stringify(state.values);
  return (
    <form action={action} noValidate key={formKey} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Card className="divide-y">
        {settings.map((s) => {
          const error = firstError(state, s.key);
          const value = !state.ok && state.values ? state.values[s.key] : String(s.value);
          return (
            <div key={s.key} className="grid gap-2 p-4 sm:grid-cols-[1fr_12rem] sm:items-start sm:gap-6">
              <div>
                <Label htmlFor={s.key}>{s.label}</Label>
                <p id={`${s.key}-hint`} className="mt-1 text-sm text-muted-foreground">
                  {s.reason}
                </p>
                <p className="mt-1 text-xs text-muted-foreground">
                  Default {s.defaultValue} {s.unit} · allowed {s.min}–{s.max}
                </p>
              </div>
              <div>
                <div className="flex items-center gap-2">
                  <Input
                    {...fieldAria(s.key, error, true)}
                    name={s.key}
                    type="number"
                    inputMode="numeric"
                    min={s.min}
                    max={s.max}
                    step={1}
                    defaultValue={value}
                    disabled={!canEdit}
                    className="w-28"
                  />
                  <span className="text-sm text-muted-foreground">{s.unit}</span>
                </div>
                {error ? (
                  <p id={`${s.key}-error`} className="mt-1 text-sm text-destructive">
                    {error}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </Card>
      {canEdit ? (
        <div className="flex justify-end">
          <SubmitButton>Save settings</SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
