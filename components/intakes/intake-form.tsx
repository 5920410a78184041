'use client';

import { Copy, Plus, Trash2 } from 'lucide-react';
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { createIntakeAction } from '@/app/(dashboard)/intakes/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { intakeTitle, MAX_RATS_PER_INTAKE, splitIntoCageGroups } from '@/lib/domain/intake';
import { INTAKE_SOURCE_LABELS, INTAKE_SOURCE_TYPES, type IntakeSourceType, type Sex } from '@/lib/domain/vocabulary';
import { EMPTY_RAT_ROW, isBlankRow, type IntakeRatField, type IntakeRatRow } from '@/lib/validation/intake';
import { RowErrorSummary } from './row-error-summary';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

export type IntakeHomeOption = { id: number; name: string; area: string; ratCount: number; capacityRats: number };

type Row = IntakeRatRow & { key: number };

const COLUMNS: Array<{ field: IntakeRatField; label: string; hint?: string; className: string }> = [
  { field: 'name', label: 'Name', hint: 'blank: use the code', className: '' },
  { field: 'sex', label: 'Sex', className: 'w-32' },
  { field: 'birthDate', label: 'Born (est.)', className: 'w-36' },
  { field: 'ageWeeks', label: 'or age (weeks)', className: 'w-20' },
  { field: 'variety', label: 'Variety', className: 'w-28' },
  { field: 'markings', label: 'Markings', className: 'w-24' },
  { field: 'notes', label: 'Notes', className: 'w-30' },
];

/** On a phone the table scrolls sideways; the row number and name stay in view. */
const STICKY_NAME = 'max-sm:sticky max-sm:left-7 max-sm:z-10 max-sm:bg-card max-sm:w-36';

const FIELD_WORDS: Record<IntakeRatField, string> = {
  name: 'name',
  sex: 'sex',
  birthDate: 'estimated birth date',
  ageWeeks: 'age in weeks',
  variety: 'variety',
  markings: 'markings',
  notes: 'notes',
};

const SEX_OPTIONS: Array<{ value: Sex; label: string }> = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'unknown', label: 'Unknown' },
];

const newRow = (key: number): Row => ({ ...EMPTY_RAT_ROW, key });
/** The form opens with this many empty rows, keyed 0 to INITIAL_ROWS - 1. */
const INITIAL_ROWS = 2;

/**
 * One form for an intake of any size: the intake's details, then a row per rat. Rows are added,
 * removed and copied from the row above without leaving the keyboard (Enter moves to the next rat,
 * adding one at the end). Submitted by hand rather than as a form action, so nothing typed is
 * reset when the server sends field messages back.
 */
export function IntakeForm({
  homes,
  today,
  quarantineDays,
  pregnancyWatchDays,
}: {
  homes: IntakeHomeOption[];
  today: string;
  quarantineDays: number;
  pregnancyWatchDays: number;
}) {
  const [state, dispatch, pending] = useActionState(createIntakeAction, idle);
  const [, startTransition] = useTransition();
  // Row keys (and the field ids made from them) are counted per form, never per module: a module
  // counter kept counting on the server across requests, so after hydration the page kept the
  // server's ids while the form looked fields up by its own, and Enter could focus another row.
  const [rows, setRows] = useState<Row[]>(() => Array.from({ length: INITIAL_ROWS }, (_, i) => newRow(i)));
  const nextKey = useRef(INITIAL_ROWS);
  const [submittedKeys, setSubmittedKeys] = useState<number[]>([]);
  const [intakeDate, setIntakeDate] = useState(today);
  const [sourceType, setSourceType] = useState<IntakeSourceType | ''>('');
  const [mixedSex, setMixedSex] = useState(false);
  const [arrivesAt, setArrivesAt] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state.ok) messageRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);

  const err = (field: string) => firstError(state, field);
  const rowError = (row: Row, field: IntakeRatField) => {
    const index = submittedKeys.indexOf(row.key);
    return index < 0 ? undefined : err(`rats.${index}.${field}`);
  };

  function update(key: number, field: IntakeRatField, value: string) {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  }

  /**
   * Changes the rows and moves focus in the same key press or click: the change is rendered at once
   * (flushSync), so a field it adds is there to focus before the handler returns, whatever else
   * React is rendering.
   */
  function changeRowsThenFocus(change: () => void, focusId: string) {
    flushSync(change);
    document.getElementById(focusId)?.focus();
  }

  function addRows(count: number) {
    const added = Array.from({ length: Math.min(count, MAX_RATS_PER_INTAKE - rows.length) }, () => newRow(nextKey.current++));
    if (added.length === 0) return;
    changeRowsThenFocus(() => {
      setRows((current) => [...current, ...added]);
      setAnnouncement(added.length === 1 ? `Added rat ${rows.length + 1}.` : `Added rats ${rows.length + 1} to ${rows.length + added.length}.`);
    }, `rat-${added[0].key}-name`);
  }

  function copyFromAbove(index: number) {
    const above = rows[index - 1];
    const { key: _key, name: _name, ...copied } = above;
    changeRowsThenFocus(() => {
      setRows((current) => current.map((r, i) => (i === index ? { ...r, ...copied } : r)));
      setAnnouncement(`Copied rat ${index}'s details into rat ${index + 1}; the name is kept.`);
    }, `rat-${rows[index].key}-name`);
  }

  function remove(index: number) {
    const following = rows[index + 1] ?? rows[index - 1];
    changeRowsThenFocus(() => {
      setRows((current) => current.filter((_, i) => i !== index));
      setAnnouncement(`Removed rat ${index + 1}.`);
    }, following ? `rat-${following.key}-name` : 'add-rat');
  }

  /** Enter in a row goes to the next rat's name, adding a row after the last, instead of submitting. */
  function onRowKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (index === rows.length - 1) addRows(1);
    else document.getElementById(`rat-${rows[index + 1].key}-name`)?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmittedKeys(rows.map((r) => r.key));
    startTransition(() => dispatch(form));
  }

  const filled = rows.filter((r) => !isBlankRow(r));
  const bySex = (sex: Sex) => filled.filter((r) => r.sex === sex).length;
  const females = bySex('female');
  const males = bySex('male');
  const sexed = filled.filter((r): r is Row & { sex: Sex } => r.sex === 'female' || r.sex === 'male' || r.sex === 'unknown');
  const groups = sourceType && intakeDate ? splitIntoCageGroups(sexed, intakeTitle({ sourceType, intakeDate })) : [];
  const ratWord = filled.length === 1 ? 'rat' : 'rats';

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-describedby="intake-message">
      <IdempotencyKey state={state} />
      <div ref={messageRef} id="intake-message" className="scroll-mt-20">
        <FormMessage state={state} />
        {!state.ok ? <RowErrorSummary state={state} fieldWords={FIELD_WORDS} /> : null}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>The intake</CardTitle>
          <CardDescription>When the rats arrived, where from, and why. Every rat starts {quarantineDays} days of quarantine from the intake date.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field id="intakeDate" label="Date arrived" error={err('intakeDate')}>
            <Input {...fieldAria('intakeDate', err('intakeDate'))} name="intakeDate" type="date" max={today} value={intakeDate} onChange={(e) => setIntakeDate(e.target.value)} required />
          </Field>
          <Field id="sourceType" label="Source" error={err('sourceType')}>
            <NativeSelect
              {...fieldAria('sourceType', err('sourceType'))}
              name="sourceType"
              value={sourceType}
              onChange={(e) => setSourceType(e.target.value as IntakeSourceType | '')}
              required
            >
              <option value="">Choose where they came from…</option>
              {INTAKE_SOURCE_TYPES.map((s) => (
                <option key={s} value={s}>
                  {INTAKE_SOURCE_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <CapacityWarning home={homes.find((h) => String(h.id) === arrivesAt) ?? null} arriving={rows.length} />
          <Field id="sourceDetails" label="Source details" hint="Who or where: a council referral, the owner, the other rescue." error={err('sourceDetails')}>
            <Input {...fieldAria('sourceDetails', err('sourceDetails'), true)} name="sourceDetails" autoComplete="off" />
          </Field>
          <Field id="reason" label="Reason" hint="Why they came in, in a few words." error={err('reason')}>
            <Input {...fieldAria('reason', err('reason'), true)} name="reason" autoComplete="off" />
          </Field>
          <Field
            id="arrivesAt"
            label="Arrives at"
            hint={homes.length ? 'Only homes that can quarantine are listed. Leave it awaiting placement to place each cage group later.' : 'No active home can quarantine: the rats will await placement.'}
            error={err('arrivesAt')}
          >
            <NativeSelect {...fieldAria('arrivesAt', err('arrivesAt'), true)} name="arrivesAt" value={arrivesAt} onChange={(e) => setArrivesAt(e.target.value)}>
              <option value="">Not placed yet (awaiting placement)</option>
              {homes.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name} · {h.area} · {h.ratCount} of {h.capacityRats} places used
                </option>
              ))}
            </NativeSelect>
          </Field>
          <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1">
            <span className="text-sm font-medium leading-none">Housing before intake</span>
            <label htmlFor="mixedSex" className="flex min-h-10 items-start gap-3 rounded-md border bg-card px-3 py-2 text-sm">
              <input id="mixedSex" name="mixedSex" type="checkbox" className="mt-0.5 size-4 accent-[var(--color-primary)]" checked={mixedSex} onChange={(e) => setMixedSex(e.target.checked)} aria-describedby="mixedSex-hint" />
              <span>
                <span className="font-medium">Mixed-sex</span>: males and females were kept together
                <span id="mixedSex-hint" className="block text-xs text-muted-foreground">
                  Every female goes on pregnancy watch for {pregnancyWatchDays} days.
                </span>
              </span>
            </label>
          </div>
          <Field id="notes" label="Notes" className="sm:col-span-2 lg:col-span-3" error={err('notes')}>
            <Textarea {...fieldAria('notes', err('notes'))} name="notes" rows={2} />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            Rats <span className="text-muted-foreground">({filled.length})</span>
          </CardTitle>
          <CardDescription>
            One row per rat. Give an estimated birth date or an age in weeks. Enter moves to the next rat; “Copy from the row above” repeats everything but the name.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {err('rats') ? (
            <p id="rats-error" className="text-sm text-destructive">
              {err('rats')}
            </p>
          ) : null}
          <p className="text-xs text-muted-foreground sm:hidden">Swipe the table sideways for age, variety and notes.</p>
          <div className="relative overflow-x-auto pb-1" role="group" aria-label="Rats in this intake">
            <table className="w-full min-w-[58rem] table-fixed border-separate border-spacing-0 text-sm">
              <thead>
                <tr className="text-left text-xs text-muted-foreground">
                  <th scope="col" className="sticky left-0 z-10 w-7 bg-card pb-2 pr-2 font-medium">
                    #
                  </th>
                  {COLUMNS.map((c) => (
                    <th key={c.field} scope="col" className={`pb-2 pr-2 font-medium ${c.className} ${c.field === 'name' ? STICKY_NAME : ''}`}>
                      {c.label}
                      {c.hint ? <span className="block font-normal">{c.hint}</span> : null}
                    </th>
                  ))}
                  <th scope="col" className="w-[5.25rem] pb-2 font-medium">
                    <span className="sr-only">Row actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const n = index + 1;
                  return (
                    <tr key={row.key} className="align-top">
                      <th scope="row" className="sticky left-0 z-10 bg-card py-1.5 pr-2 pt-3.5 text-left font-mono text-xs font-normal text-muted-foreground">
                        {n}
                      </th>
                      {COLUMNS.map((c) => {
                        const id = `rat-${row.key}-${c.field}`;
                        const error = rowError(row, c.field);
                        const common = {
                          ...fieldAria(id, error),
                          name: `rats.${index}.${c.field}`,
                          'aria-label': `Rat ${n} ${FIELD_WORDS[c.field]}`,
                          value: row[c.field],
                          onKeyDown: (e: KeyboardEvent<HTMLElement>) => onRowKeyDown(e, index),
                        };
                        return (
                          <td key={c.field} className={`py-1.5 pr-2 ${c.field === 'name' ? STICKY_NAME : ''}`}>
                            {c.field === 'sex' ? (
                              <NativeSelect {...common} className="pl-2 pr-7" onChange={(e) => update(row.key, c.field, e.target.value)}>
                                <option value="">Choose</option>
                                {SEX_OPTIONS.map((o) => (
                                  <option key={o.value} value={o.value}>
                                    {o.label}
                                  </option>
                                ))}
                              </NativeSelect>
                            ) : (
                              <Input
                                {...common}
                                type={c.field === 'birthDate' ? 'date' : c.field === 'ageWeeks' ? 'number' : 'text'}
                                inputMode={c.field === 'ageWeeks' ? 'numeric' : undefined}
                                min={c.field === 'ageWeeks' ? 0 : undefined}
                                max={c.field === 'birthDate' ? intakeDate || today : undefined}
                                autoComplete="off"
                                className="px-2"
                                onChange={(e) => update(row.key, c.field, e.target.value)}
                              />
                            )}
                            {error ? (
                              <p id={`${id}-error`} className="mt-1 text-xs text-destructive">
                                {error}
                              </p>
                            ) : null}
                          </td>
                        );
                      })}
                      <td className="py-1.5">
                        <div className="flex gap-1">
                          <Button
                            type="button"
                            variant="ghost"
                            size="icon"
                            onClick={() => copyFromAbove(index)}
                            disabled={index === 0}
                            aria-label={`Copy from the row above into rat ${n}`}
                            title="Copy from the row above"
                          >
                            <Copy />
                          </Button>
                          <Button
                            type="button"
                            variant="ghost"
                            size="icon"
                            onClick={() => remove(index)}
                            disabled={rows.length === 1}
                            aria-label={`Remove rat ${n}`}
                            title="Remove this rat"
                          >
                            <Trash2 />
                          </Button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button id="add-rat" type="button" variant="outline" onClick={() => addRows(1)} disabled={rows.length >= MAX_RATS_PER_INTAKE}>
              <Plus /> Add a rat
            </Button>
            <Button type="button" variant="outline" onClick={() => addRows(5)} disabled={rows.length >= MAX_RATS_PER_INTAKE}>
              <Plus /> Add 5 rats
            </Button>
          </div>
          <p aria-live="polite" className="sr-only">
            {announcement}
          </p>
          {females > 0 && males > 0 && !mixedSex ? (
            <Alert variant="warning">
              This intake has females and males: the females go on pregnancy watch, as rats arriving together were usually kept together.
            </Alert>
          ) : null}
          {groups.length > 0 ? (
            <div className="rounded-md bg-muted/60 p-3 text-sm">
              <p className="font-medium">They will be housed by sex, in {groups.length === 1 ? 'one cage group' : `${groups.length} cage groups`}:</p>
              <ul className="mt-1 list-inside list-disc text-muted-foreground">
                {groups.map((g) => (
                  <li key={g.sex}>
                    {g.name} ({g.rowIndexes.length})
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </CardContent>
      </Card>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
        <p className="text-sm text-muted-foreground">Each rat gets its rescue code when the intake is saved.</p>
        <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
          {pending ? 'Recording…' : filled.length > 0 ? `Record intake of ${filled.length} ${ratWord}` : 'Record intake'}
        </Button>
      </div>
    </form>
  );
}

/** Warns before saving when the chosen home has too few places for the rats arriving (saving is still allowed, as for a move). */
function CapacityWarning({ home, arriving }: { home: IntakeHomeOption | null; arriving: number }) {
  if (!home || home.ratCount + arriving <= home.capacityRats) return null;
  return (
    <Alert variant="warning" role="status" className="md:col-span-2">
      {home.name} would hold {home.ratCount + arriving} rats for {home.capacityRats} places: it will be over capacity. Choose another home, or leave the rats awaiting placement.
    </Alert>
  );
}
