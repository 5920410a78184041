'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { MAX_WEIGHT_GRAMS, MIN_WEIGHT_GRAMS } from '@/lib/validation/health';
import { useOffline } from './offline-provider';

/** Today on the phone's calendar, as the date the weight was taken. */
function localDay(now: Date): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const WEIGHT_MESSAGE = `Enter a weight between ${MIN_WEIGHT_GRAMS} and ${MAX_WEIGHT_GRAMS} grams.`;

/** Weights for a cage group: one number per rat; each weight is one entry on the phone's queue. */
export function WeightsForm({ rats }: { rats: Array<{ id: number; name: string }> }) {
  const offline = useOffline();
  const router = useRouter();
  const [grams, setGrams] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!offline || saving) return;
    const found: Record<number, string> = {};
    const weights: Array<{ rat: { id: number; name: string }; grams: number }> = [];
    for (const rat of rats) {
      const text = (grams[rat.id] ?? '').trim();
      if (text === '') continue;
      const value = Number(text);
      if (!Number.isInteger(value) || value < MIN_WEIGHT_GRAMS || value > MAX_WEIGHT_GRAMS) found[rat.id] = WEIGHT_MESSAGE;
      else weights.push({ rat, grams: value });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return setMessage('Check the weights marked below.');
    if (weights.length === 0) return setMessage('Type at least one weight.');
    setSaving(true);
    const now = new Date();
    for (const w of weights) {
      await offline.enqueue({
        kind: 'weight',
        label: `Weight of ${w.rat.name}: ${w.grams} g`,
        payload: { ratId: w.rat.id, weightGrams: w.grams, occurredOn: localDay(now) },
        recordedAt: now,
      });
    }
    // With signal the app stays loaded and sends at once; with none the phone's copy of the home screen opens.
    if (navigator.onLine) router.push('/dashboard');
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, so the worker serves its copy
    else window.location.assign('/dashboard');
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="flex flex-col gap-4 pb-28">
      {message ? <Alert variant="destructive">{message}</Alert> : null}
      <Card>
        <ul className="divide-y">
          {rats.map((rat) => (
            <li key={rat.id} className="flex flex-col gap-1.5 px-4 py-3">
              <Label htmlFor={`grams-${rat.id}`}>{rat.name} (grams)</Label>
              <Input
                id={`grams-${rat.id}`}
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
                value={grams[rat.id] ?? ''}
                onChange={(e) => setGrams((g) => ({ ...g, [rat.id]: e.target.value }))}
                aria-invalid={errors[rat.id] ? true : undefined}
                aria-describedby={errors[rat.id] ? `grams-${rat.id}-error` : undefined}
              />
              {errors[rat.id] ? (
                <p id={`grams-${rat.id}-error`} className="text-sm text-destructive">
                  {errors[rat.id]}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <div className="fixed inset-x-0 bottom-14 z-20 border-t bg-card/95 p-3 backdrop-blur lg:bottom-0 lg:left-60">
        <div className="mx-auto flex max-w-3xl justify-end">
          <Button type="submit" size="lg" disabled={saving || !offline}>
            {saving ? 'Saving…' : 'Save weights'}
          </Button>
        </div>
      </div>
    </form>
  );
}
