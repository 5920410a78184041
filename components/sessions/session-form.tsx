'use client';

import { Minus, Plus } from 'lucide-react';
import { useActionState, useMemo, useState, type FormEvent } from 'react';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { useOffline } from '@/components/offline/offline-provider';
import { logHandlingSessionAction } from '@/app/(dashboard)/sessions/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SubmitButton, useResultFocus } from '@/components/ui/form';
import { Input, Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { idle, type ActionResult } from '@/lib/action-result';
import { MAX_TRUST_STEP, MIN_TRUST_STEP, trustStepName } from '@/lib/domain/trust-ladder';
import { BITE_GRADES, HANDLING_TECHNIQUES, humanize, POSITIVE_SIGNS, STRESS_SIGNS, type BiteGrade } from '@/lib/domain/vocabulary';
import { listInWords } from '@/lib/domain/quarantine';
import { cn } from '@/lib/utils';
import { ChipGroup } from './chips';

type FormRat = { id: number; name: string; code: string; cageGroupName: string | null; currentStep: number | null };
type RatResult = {
  highestStep: number;
  biteGrade: BiteGrade;
  confidence: number;
  positiveSigns: string[];
  stressSigns: string[];
  note: string;
};

const DURATIONS = [5, 10, 15, 20, 30, 45, 60] as const;
const DEFAULT_DURATION = 15;
const DEFAULT_CONFIDENCE = 3;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function localNow(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function errorFor(state: ActionResult, key: string): string | undefined {
  return state.ok ? undefined : state.fieldErrors?.[key]?.[0];
}

/**
 * Logging a session in a few taps: the cage group is chosen, the time is now, the duration is
 * 15 minutes and each rat starts at its current step, so an ordinary session is one technique
 * tap and Save.
 */
export function SessionForm({ rats, preselected, aboveTabBar = false, litterId }: { rats: FormRat[]; preselected: number[]; aboveTabBar?: boolean; litterId?: number }) {
  const [state, action] = useActionState(logHandlingSessionAction, idle);
  const messageRef = useResultFocus<HTMLDivElement>(state);
  const [selected, setSelected] = useState<number[]>(preselected);
  const [when, setWhen] = useState<string | null>(null);
  const [duration, setDuration] = useState<number>(DEFAULT_DURATION);
  const [techniques, setTechniques] = useState<string[]>([]);
  const [results, setResults] = useState<Record<number, RatResult>>(() =>
    Object.fromEntries(
      rats.map((r) => [r.id, { highestStep: r.currentStep ?? 0, biteGrade: 'none', confidence: DEFAULT_CONFIDENCE, positiveSigns: [], stressSigns: [], note: '' }]),
    ),
  );
  const chosen = rats.filter((r) => selected.includes(r.id));

  const payload = useMemo(
    () =>
      JSON.stringify({
        sessionAt: when ? new Date(when).toISOString() : new Date().toISOString(),
        durationMinutes: duration,
        techniques,
        rats: chosen.map((r) => ({ ratId: r.id, ...results[r.id], note: results[r.id].note || undefined })),
      }),
    [when, duration, techniques, chosen, results],
  );

  const update = (id: number, patch: Partial<RatResult>) => setResults((prev) => ({ ...prev, [id]: { ...prev[id], ...patch } }));

  // With no signal (a foster's phone), the session is kept on the phone and sent when the signal returns.
  const offline = useOffline();
  const [queueing, setQueueing] = useState(false);
  const keepOnPhone = (event: FormEvent<HTMLFormElement>) => {
    if (!offline || navigator.onLine) return;
    event.preventDefault();
    if (chosen.length === 0 || queueing) return;
    setQueueing(true);
    const recordedAt = new Date();
    const content = { ...(JSON.parse(payload) as Record<string, unknown>), sessionAt: when ? new Date(when).toISOString() : recordedAt.toISOString() };
    void offline
      .enqueue({ kind: 'session', label: `Session with ${listInWords(chosen.map((r) => r.name))}`, payload: content, recordedAt })
      // A full load with no signal: the worker serves its copy of the home screen (a client navigation would need the server).
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      .then(() => window.location.assign('/dashboard'))
      .catch(() => setQueueing(false));
  };

  return (
    <form action={action} onSubmit={keepOnPhone} className="flex flex-col gap-5 pb-28" noValidate>
      <input type="hidden" name="payload" value={payload} />
      {litterId ? <input type="hidden" name="litterId" value={litterId} /> : null}
      <IdempotencyKey state={state} />
      {offline && !offline.online ? (
        <p className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm" data-testid="offline-form-note">
          No signal: the session is kept on this phone and sent when the signal returns. The steps shown are from the last sync and may be out of date.
        </p>
      ) : null}
      {!state.ok ? (
        <Alert ref={messageRef} tabIndex={-1} variant="destructive">
          <p className="font-medium">{state.message}</p>
          {state.fieldErrors ? (
            <ul className="mt-1 list-disc pl-5">
              {[...new Set(Object.values(state.fieldErrors).flat())].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      <ChipGroup
        legend="Rats in this session"
        options={rats.map((r) => r.id)}
        selected={selected}
        onToggle={(id) => setSelected((s) => toggle(s, id))}
        label={(id) => rats.find((r) => r.id === id)!.name}
      />

      <div className="flex flex-col gap-2">
        {when === null ? (
          <p className="text-sm">
            <span className="font-medium">When:</span> now{' '}
            <Button type="button" variant="link" className="h-auto p-0" onClick={() => setWhen(localNow())}>
              Change time
            </Button>
          </p>
        ) : (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="session-at">When</Label>
            <Input id="session-at" type="datetime-local" value={when} max={localNow()} onChange={(e) => setWhen(e.target.value)} aria-invalid={errorFor(state, 'sessionAt') ? true : undefined} />
          </div>
        )}
      </div>

      <ChipGroup legend="How long (minutes)" single options={DURATIONS} selected={[duration]} onToggle={setDuration} label={(d) => String(d)} />

      <ChipGroup legend="Techniques used" options={HANDLING_TECHNIQUES} selected={techniques} onToggle={(t) => setTechniques((s) => toggle(s, t))} label={humanize} />

      {chosen.map((rat, index) => {
        const result = results[rat.id];
        const prefix = `rats.${index}`;
        return (
          <Card key={rat.id} className="flex flex-col gap-4 p-4" aria-label={`${rat.name}'s result`}>
            <div>
              <h2 className="font-semibold">{rat.name}</h2>
              <p className="text-xs text-muted-foreground">
                {rat.code}
                {rat.currentStep !== null ? ` · now at step ${rat.currentStep}` : ' · no step yet'}
              </p>
            </div>
            <div className="flex flex-col gap-1.5">
              <span id={`step-${rat.id}`} className="text-sm font-medium">
                Highest step reached
              </span>
              <div className="flex items-center gap-3" role="group" aria-labelledby={`step-${rat.id}`}>
                <Button type="button" variant="outline" size="icon" aria-label={`${rat.name}: one step lower`} disabled={result.highestStep <= MIN_TRUST_STEP} onClick={() => update(rat.id, { highestStep: result.highestStep - 1 })}>
                  <Minus />
                </Button>
                <output aria-live="polite" className="min-w-0 flex-1 text-center">
                  <span className="block text-2xl font-semibold">{result.highestStep}</span>
                  <span className="block text-xs text-muted-foreground">{trustStepName(result.highestStep)}</span>
                </output>
                <Button type="button" variant="outline" size="icon" aria-label={`${rat.name}: one step higher`} disabled={result.highestStep >= MAX_TRUST_STEP} onClick={() => update(rat.id, { highestStep: result.highestStep + 1 })}>
                  <Plus />
                </Button>
              </div>
              {errorFor(state, `${prefix}.highestStep`) ? <p className="text-sm text-destructive">{errorFor(state, `${prefix}.highestStep`)}</p> : null}
            </div>
            <ChipGroup legend="Bite" single options={BITE_GRADES} selected={[result.biteGrade]} onToggle={(g) => update(rat.id, { biteGrade: g })} label={humanize} />
            <ChipGroup legend="Your confidence with this rat (1–5)" single options={[1, 2, 3, 4, 5]} selected={[result.confidence]} onToggle={(c) => update(rat.id, { confidence: c })} label={String} />
            <details>
              <summary className="cursor-pointer text-sm font-medium text-primary">Signs and a note</summary>
              <div className="mt-3 flex flex-col gap-4">
                <ChipGroup legend="Positive signs" options={POSITIVE_SIGNS} selected={result.positiveSigns} onToggle={(s) => update(rat.id, { positiveSigns: toggle(result.positiveSigns, s) })} label={humanize} />
                <ChipGroup legend="Stress signs" options={STRESS_SIGNS} selected={result.stressSigns} onToggle={(s) => update(rat.id, { stressSigns: toggle(result.stressSigns, s) })} label={humanize} />
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor={`note-${rat.id}`}>Note about {rat.name}</Label>
                  <Textarea id={`note-${rat.id}`} value={result.note} maxLength={2000} onChange={(e) => update(rat.id, { note: e.target.value })} />
                </div>
              </div>
            </details>
          </Card>
        );
      })}

      <div className={cn('fixed inset-x-0 bottom-0 z-20 border-t bg-card/95 p-3 backdrop-blur lg:left-60', aboveTabBar && 'bottom-14 lg:bottom-0')}>
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
          <p className="text-sm text-muted-foreground">
            {chosen.length === 0 ? 'Choose at least one rat.' : `${chosen.length} rat${chosen.length === 1 ? '' : 's'} · ${duration} min`}
          </p>
          <SubmitButton size="lg" disabled={chosen.length === 0} pendingLabel="Saving…">
            Save session
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
