'use client';

import { useActionState, useMemo, useState } from 'react';
import { planIntroductionAction, type PlanActionResult } from '@/app/(dashboard)/introductions/actions';
import { HomeSelect } from '@/components/foster-homes/home-select';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton, useResultFocus } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { INTRODUCTION_METHOD_LABELS, INTRODUCTION_METHODS, ROLE_LABELS, type Role } from '@/lib/domain/vocabulary';
import { cn } from '@/lib/utils';
import { sideNames } from './labels';

export type PlanRat = {
  id: number;
  name: string;
  code: string;
  sex: string;
  homeId: number | null;
  homeName: string | null;
  groupId: number | null;
  groupName: string | null;
  note: string | null;
};
export type PlanRunner = { id: number; name: string; role: Role; fosterHomeId: number | null };
type Side = 'a' | 'b';

/** Plans an introduction: pick rats (or whole cage groups) for each side, then how, where, who and when. */
export function PlanForm({
  rats,
  homes,
  runners,
  prefill,
  today,
}: {
  rats: PlanRat[];
  homes: { id: number; name: string }[];
  runners: PlanRunner[];
  prefill: { a: number[]; b: number[]; homeId: number | null };
  today: string;
}) {
  const [state, action] = useActionState(planIntroductionAction, idle as PlanActionResult);
  const messageRef = useResultFocus<HTMLDivElement>(state);
  const [sides, setSides] = useState<Map<number, Side>>(() => new Map([...prefill.a.map((id) => [id, 'a'] as const), ...prefill.b.map((id) => [id, 'b'] as const)]));
  const [homeId, setHomeId] = useState<string>(prefill.homeId ? String(prefill.homeId) : '');
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);

  const set = (ids: number[], side: Side | null) =>
    setSides((prev) => {
      const next = new Map(prev);
      for (const id of ids) {
        if (side === null || (ids.length === 1 && prev.get(id) === side)) next.delete(id);
        else next.set(id, side);
      }
      return next;
    });

  const byHome = useMemo(() => {
    const homesMap = new Map<string, Map<string, PlanRat[]>>();
    for (const r of rats) {
      const h = r.homeName ?? 'Awaiting a home';
      const g = r.groupName ?? 'No cage group';
      const groups = homesMap.get(h) ?? new Map<string, PlanRat[]>();
      groups.set(g, [...(groups.get(g) ?? []), r]);
      homesMap.set(h, groups);
    }
    return [...homesMap.entries()];
  }, [rats]);

  const chosen = (side: Side) => rats.filter((r) => sides.get(r.id) === side);
  const selectedHome = homes.find((h) => String(h.id) === homeId);
  const people = runners.filter((p) => p.role !== 'foster' || String(p.fosterHomeId) === homeId);

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      {chosen('a').map((r) => (
        <input key={r.id} type="hidden" name="sideA" value={r.id} />
      ))}
      {chosen('b').map((r) => (
        <input key={r.id} type="hidden" name="sideB" value={r.id} />
      ))}
      {!state.ok ? (
        <Alert ref={messageRef} tabIndex={-1} variant={state.blocks && state.blocks.length > 0 ? 'destructive' : 'warning'} role="alert">
          <p className="font-medium">{state.message}</p>
          {state.blocks && state.blocks.length > 0 ? (
            <ul className="mt-2 list-disc pl-5" aria-label="Why it cannot go ahead">
              {state.blocks.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : null}
          {state.warnings && state.warnings.length > 0 ? (
            <ul className="mt-2 list-disc pl-5" aria-label="Warnings">
              {state.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        {(['a', 'b'] as const).map((side) => (
          <Card key={side} aria-live="polite">
            <CardHeader>
              <CardTitle>Side {side.toUpperCase()}</CardTitle>
              <CardDescription>{chosen(side).length === 0 ? 'No rats chosen yet.' : `${sideNames(chosen(side))} (${chosen(side).length})`}</CardDescription>
            </CardHeader>
            {err(side === 'a' ? 'sideA' : 'sideB') ? <p className="px-5 pb-4 text-sm text-destructive">{err(side === 'a' ? 'sideA' : 'sideB')}</p> : null}
          </Card>
        ))}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Choose the rats</CardTitle>
          <CardDescription>Put a whole cage group on a side, or single rats. Rats in quarantine show until when.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {byHome.map(([home, groups]) => (
            <details key={home} open={selectedHome ? selectedHome.name === home : true} className="rounded-md border">
              <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">{home}</summary>
              <div className="flex flex-col gap-3 p-3 pt-0">
                {[...groups.entries()].map(([group, members]) => (
                  <div key={group} className="rounded-md bg-muted/40 p-2">
                    <div className="mb-1 flex flex-wrap items-center gap-2">
                      <span className="text-sm font-medium">{group}</span>
                      {members[0].groupId !== null ? (
                        <>
                          <Button type="button" size="sm" variant="outline" onClick={() => set(members.map((m) => m.id), 'a')} aria-label={`Whole group ${group} on side A`}>
                            All → A
                          </Button>
                          <Button type="button" size="sm" variant="outline" onClick={() => set(members.map((m) => m.id), 'b')} aria-label={`Whole group ${group} on side B`}>
                            All → B
                          </Button>
                        </>
                      ) : null}
                    </div>
                    <ul className="flex flex-col gap-1">
                      {members.map((r) => (
                        <li key={r.id} className="flex flex-wrap items-center gap-2 text-sm">
                          <span className="min-w-32 flex-1">
                            {r.name} <span className="text-xs text-muted-foreground">{r.code} · {r.sex}{r.note ? ` · ${r.note}` : ''}</span>
                          </span>
                          {(['a', 'b'] as const).map((side) => (
                            <button
                              key={side}
                              type="button"
                              aria-pressed={sides.get(r.id) === side}
                              aria-label={`${r.name} on side ${side.toUpperCase()}`}
                              onClick={() => set([r.id], side)}
                              className={cn(
                                'h-9 min-w-11 rounded-md border px-3 text-sm font-medium',
                                sides.get(r.id) === side ? 'border-primary bg-primary text-primary-foreground' : 'bg-card hover:bg-muted',
                              )}
                            >
                              {side.toUpperCase()}
                            </button>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </details>
          ))}
        </CardContent>
      </Card>

      {/* Keyed on the submitted values: React resets a form after its action, so the fields remount refilled. */}
      <Card key={JSON.stringify(values ?? {})}>
        <CardHeader>
          <CardTitle>How, where and when</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-2">
          <Field id="plan-method" label="Method" error={err('method')}>
            <NativeSelect {...fieldAria('plan-method', err('method'))} name="method" defaultValue={values?.method ?? 'gradual_neutral_space'}>
              {INTRODUCTION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {INTRODUCTION_METHOD_LABELS[m]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="plan-home" label="Home where it runs" hint="The bonded rats will live here." error={err('fosterHomeId')}>
            <HomeSelect
              {...fieldAria('plan-home', err('fosterHomeId'), true)}
              name="fosterHomeId"
              homes={homes}
              none="Choose a foster home…"
              defaultValue={values?.fosterHomeId ?? homeId}
              onChange={(e) => setHomeId(e.target.value)}
            />
          </Field>
          <Field id="plan-runner" label="Run by" hint="Usually the foster of that home." error={err('runById')}>
            <NativeSelect {...fieldAria('plan-runner', err('runById'), true)} name="runById" defaultValue={values?.runById ?? ''}>
              <option value="">Not decided yet</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({ROLE_LABELS[p.role].toLowerCase()})
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="plan-start" label="Planned start" error={err('plannedStart')}>
            <Input {...fieldAria('plan-start', err('plannedStart'))} type="date" name="plannedStart" defaultValue={values?.plannedStart ?? today} />
          </Field>
          <label className="flex items-start gap-2 text-sm md:col-span-2">
            <input type="checkbox" name="movePlanned" defaultChecked={values?.movePlanned === 'on'} className="mt-1 size-4" />
            <span>A move is planned: rats living elsewhere will move to this home (the bonded merge moves them).</span>
          </label>
          <Field id="plan-notes" label="Notes (optional)" className="md:col-span-2" error={err('notes')}>
            <Textarea {...fieldAria('plan-notes', err('notes'))} name="notes" rows={2} defaultValue={values?.notes} />
          </Field>
          {!state.ok && state.needsReason ? (
            <Field id="plan-accept" label="Reason to go ahead despite the warnings" hint="Kept with the introduction." className="md:col-span-2" error={err('warningsAcceptedReason')}>
              <Textarea {...fieldAria('plan-accept', err('warningsAcceptedReason'), true)} name="warningsAcceptedReason" rows={2} defaultValue={values?.warningsAcceptedReason} />
            </Field>
          ) : null}
        </CardContent>
      </Card>
      <SubmitButton pendingLabel="Checking…" className="self-start">
        {!state.ok && state.needsReason ? 'Go ahead with the reason' : 'Plan introduction'}
      </SubmitButton>
    </form>
  );
}
