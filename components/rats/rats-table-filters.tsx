'use client';

import { ChevronDown, Filter, Search, X } from 'lucide-react';
import { debounce } from 'nuqs';
import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { TRUST_STEPS } from '@/lib/domain/trust-ladder';
import { RAT_STATUS_LABELS, RAT_STATUSES, SEXES, humanize, type RatStatus } from '@/lib/domain/vocabulary';
import { FIRST_PAGE, RAT_TABLE_FILTER_KEYS, type RatTableUrlState } from '@/lib/rat-table-params';
import { activeFilterCount, QUARANTINE_FILTERS } from '@/lib/validation/rat-table';
import { cn } from '@/lib/utils';
import type { useRatTableState } from './use-rat-table-state';

type SetState = ReturnType<typeof useRatTableState>[1];

/** Clearing every filter, and only the filters: sort, page size and columns stay as they are. */
export const CLEARED_FILTERS = Object.fromEntries([...RAT_TABLE_FILTER_KEYS, 'page', 'after', 'before'].map((k) => [k, null])) as Partial<Record<keyof RatTableUrlState, null>>;

const SEARCH_DEBOUNCE_MS = 350;

function FilterField({ id, label, children, className }: { id: string; label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-1.5', className)}>
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {children}
    </div>
  );
}

function statusSummary(selected: readonly RatStatus[]): string {
  if (selected.length === 0) return 'Any status';
  if (selected.length <= 2) return selected.map((s) => RAT_STATUS_LABELS[s]).join(', ');
  return `${selected.length} statuses`;
}

/**
 * The filters above the rats table. Each control writes the URL (so a view can be shared and
 * survives a reload) and goes back to page 1. On a phone everything but the search folds into
 * a "Filters" disclosure.
 */
export function RatsTableFilters({
  state,
  setState,
  homes,
  intakeLabel,
}: {
  state: RatTableUrlState;
  setState: SetState;
  /** Null for a foster: they see one home, so there is nothing to choose. */
  homes: Array<{ id: number; name: string }> | null;
  intakeLabel: string | null;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(state);
  // The search box and the intake chip stay outside the folding panel on a phone.
  const inPanel = activeFilterCount({ ...state, q: '', intake: null });
  const set = (values: Exclude<Parameters<SetState>[0], (...args: never[]) => unknown>) => setState({ ...values, ...FIRST_PAGE });
  const stepOptions = TRUST_STEPS.map((s) => (
    <option key={s.step} value={s.step}>
      {s.step} · {s.name}
    </option>
  ));

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-end gap-2">
        <FilterField id={`${id}-q`} label="Search name or code" className="flex-1 sm:max-w-sm">
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              id={`${id}-q`}
              type="search"
              value={state.q}
              placeholder="e.g. Pip or R-2026-0042"
              autoComplete="off"
              className="pl-9"
              onChange={(e) =>
                setState({ q: e.target.value || null, ...FIRST_PAGE }, { limitUrlUpdates: e.target.value ? debounce(SEARCH_DEBOUNCE_MS) : undefined })
              }
            />
          </div>
        </FilterField>
        <Button
          type="button"
          variant="outline"
          className="sm:hidden"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((o) => !o)}
        >
          <Filter aria-hidden />
          Filters{inPanel > 0 ? ` (${inPanel})` : ''}
        </Button>
        {active > 0 ? (
          <Button type="button" variant="ghost" className="px-3" onClick={() => setState(CLEARED_FILTERS)}>
            <X aria-hidden />
            <span className="sr-only sm:not-sr-only">Clear filters</span>
          </Button>
        ) : null}
      </div>

      <div
        id={`${id}-panel`}
        className={cn(open ? 'grid' : 'hidden', 'grid-cols-2 items-end gap-3 sm:grid sm:grid-cols-3 lg:grid-cols-6')}
      >
        <div className="col-span-2 flex min-w-0 flex-col gap-1.5 sm:col-span-1">
          <span id={`${id}-status-label`} className="text-xs font-medium leading-none text-muted-foreground">
            Status
          </span>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                id={`${id}-status`}
                type="button"
                variant="outline"
                className="w-full justify-between font-normal"
                aria-labelledby={`${id}-status-label ${id}-status`}
              >
                <span className="truncate">{statusSummary(state.status)}</span>
                <ChevronDown aria-hidden className="text-muted-foreground" />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent aria-label="Statuses">
              {RAT_STATUSES.map((s) => (
                <DropdownMenuCheckboxItem
                  key={s}
                  checked={state.status.includes(s)}
                  onCheckedChange={(checked) => {
                    const next = checked ? [...state.status, s] : state.status.filter((x) => x !== s);
                    set({ status: RAT_STATUSES.filter((x) => next.includes(x)) });
                  }}
                >
                  {RAT_STATUS_LABELS[s]}
                </DropdownMenuCheckboxItem>
              ))}
              {state.status.length > 0 ? (
                <>
                  <DropdownMenuSeparator />
                  <DropdownMenuItem onSelect={() => set({ status: null })}>Any status</DropdownMenuItem>
                </>
              ) : null}
            </DropdownMenuContent>
          </DropdownMenu>
        </div>

        {homes ? (
          <FilterField id={`${id}-home`} label="Home" className="col-span-2 sm:col-span-1">
            <NativeSelect
              id={`${id}-home`}
              value={state.home === null ? '' : String(state.home)}
              onChange={(e) => set({ home: e.target.value === '' ? null : e.target.value === 'none' ? 'none' : Number(e.target.value) })}
            >
              <option value="">All homes</option>
              <option value="none">Not in a home</option>
              {homes.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name}
                </option>
              ))}
            </NativeSelect>
          </FilterField>
        ) : null}

        <FilterField id={`${id}-sex`} label="Sex">
          <NativeSelect id={`${id}-sex`} value={state.sex ?? ''} onChange={(e) => set({ sex: (e.target.value || null) as RatTableUrlState['sex'] })}>
            <option value="">Any</option>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </NativeSelect>
        </FilterField>

        <FilterField id={`${id}-quarantine`} label="In quarantine">
          <NativeSelect
            id={`${id}-quarantine`}
            value={state.quarantine ?? ''}
            onChange={(e) => set({ quarantine: (e.target.value || null) as RatTableUrlState['quarantine'] })}
          >
            <option value="">Any</option>
            {QUARANTINE_FILTERS.map((q) => (
              <option key={q} value={q}>
                {q === 'yes' ? 'Yes' : 'No'}
              </option>
            ))}
          </NativeSelect>
        </FilterField>

        {(['stepMin', 'stepMax'] as const).map((key) => (
          <FilterField key={key} id={`${id}-${key}`} label={key === 'stepMin' ? 'Trust step from' : 'Trust step to'}>
            <NativeSelect id={`${id}-${key}`} value={state[key] ?? ''} onChange={(e) => set({ [key]: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">Any</option>
              {stepOptions}
            </NativeSelect>
          </FilterField>
        ))}
      </div>

      {state.intake !== null ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="inline-flex items-center gap-1 rounded-full border bg-card py-0.5 pr-1 pl-3">
            {intakeLabel ?? `Intake #${state.intake}`}
            <Button type="button" variant="ghost" size="sm" className="size-6 rounded-full p-0" aria-label="Stop filtering by this intake" onClick={() => set({ intake: null })}>
              <X aria-hidden />
            </Button>
          </span>
        </div>
      ) : null}
    </div>
  );
}
