'use client';

import { useTable, type ColumnVisibilityState, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight, Columns3, type LucideIcon } from 'lucide-react';
import { useId, useMemo, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { NativeSelect } from '@/components/ui/input';
import { EmptyState } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RatTableRow } from '@/db/queries/rat-table';
import {
  RAT_TABLE_COLUMNS,
  RAT_TABLE_PAGE_SIZES,
  RAT_TABLE_SORTS,
  activeFilterCount,
} from '@/lib/validation/rat-table';
import { FIRST_PAGE } from '@/lib/rat-table-params';
import { cn } from '@/lib/utils';
import { ratColumns, ratTableFeatures, SORTABLE_COLUMNS } from './rat-columns';
import { CLEARED_FILTERS, RatsTableFilters } from './rats-table-filters';
import { useRatTableState } from './use-rat-table-state';

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

function PageButton({ label, icon: Icon, disabled, onClick }: { label: string; icon: LucideIcon; disabled: boolean; onClick: () => void }) {
  return (
    <Button type="button" variant="outline" size="icon" className="size-9" aria-label={label} disabled={disabled} onClick={onClick}>
      <Icon aria-hidden />
    </Button>
  );
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The rats table: rows come from the server already filtered, sorted and paged (TanStack Table
 * runs in manual mode); every control writes the URL, which re-renders the server page.
 */
export function RatsTable({
  rows,
  total,
  homes,
  intakeLabel,
}: {
  rows: RatTableRow[];
  total: number;
  homes: Array<{ id: number; name: string }> | null;
  intakeLabel: string | null;
}) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useRatTableState(startTransition);

  const sorting = useMemo<SortingState>(() => [{ id: state.sort, desc: state.dir === 'desc' }], [state.sort, state.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: state.page - 1, pageSize: state.size }), [state.page, state.size]);
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(state.hide.map((c) => [c, false])), [state.hide]);

  const table = useTable({
    features: ratTableFeatures,
    columns: ratColumns,
    data: rows,
    getRowId: (row) => String(row.id),
    rowCount: total,
    manualSorting: true,
    manualPagination: true,
    // Filtering happens in the database; the filtering feature is not even registered.
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      const sort = RAT_TABLE_SORTS.find((s) => s === next?.id);
      if (sort) setState({ sort, dir: next.desc ? 'desc' : 'asc', ...FIRST_PAGE });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      setState({ ...FIRST_PAGE, page: next.pageIndex + 1, size: RAT_TABLE_PAGE_SIZES.find((n) => n === next.pageSize) ?? null });
    },
    onColumnVisibilityChange: (updater) => {
      const next = resolve(updater, columnVisibility);
      setState({ hide: RAT_TABLE_COLUMNS.filter((c) => next[c] === false) });
    },
  });

  const filtered = activeFilterCount(state) > 0;
  const first = total === 0 ? 0 : (state.page - 1) * state.size + 1;
  const last = Math.min(total, state.page * state.size);
  const pageCount = Math.max(1, table.getPageCount());
  const sortedColumn = table.getAllLeafColumns().find((c) => c.id === state.sort);

  return (
    // A one-column grid with a zero minimum: the wide table scrolls inside it instead of widening the page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <RatsTableFilters state={state} setState={setState} homes={homes} intakeLabel={intakeLabel} />

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="rats-total" data-total={total}>
          {total === 0 ? 'No rats' : rows.length === 0 ? `${total} ${total === 1 ? 'rat' : 'rats'}` : `Showing ${first}–${last} of ${total} ${total === 1 ? 'rat' : 'rats'}`}
          {pending ? <span className="sr-only"> (updating…)</span> : null}
        </p>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button type="button" variant="outline" size="sm">
              <Columns3 aria-hidden />
              Columns
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" aria-label="Columns to show">
            <DropdownMenuLabel>Show columns</DropdownMenuLabel>
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <DropdownMenuCheckboxItem key={c.id} checked={c.getIsVisible()} onCheckedChange={(checked) => c.toggleVisibility(checked === true)}>
                  {c.columnDef.meta?.label ?? c.id}
                </DropdownMenuCheckboxItem>
              ))}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>

      {rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No rats match these filters"
            action={
              <Button type="button" variant="outline" onClick={() => setState(CLEARED_FILTERS)}>
                Clear filters
              </Button>
            }
          >
            Try fewer statuses, another home or a shorter search.
          </EmptyState>
        ) : total > 0 ? (
          <EmptyState title="This page is empty" action={<Button type="button" variant="outline" onClick={() => setState(FIRST_PAGE)}>Go to the first page</Button>} />
        ) : (
          <EmptyState title="No rats yet">Rats appear here once an intake is recorded or a spreadsheet is imported.</EmptyState>
        )
      ) : (
        <div className={cn('transition-opacity', pending && 'opacity-60')} aria-busy={pending}>
          <Table aria-labelledby={`${id}-caption`}>
            <caption id={`${id}-caption`} className="sr-only">
              Rats{sortedColumn ? `, sorted by ${sortedColumn.columnDef.meta?.label ?? sortedColumn.id} ${state.dir === 'desc' ? 'descending' : 'ascending'}` : ''}, page {state.page} of {pageCount}
            </caption>
            <TableHeader>
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id} className="hover:bg-transparent">
                  {group.headers.map((header) => {
                    const col = header.column;
                    const meta = col.columnDef.meta;
                    const sortable = SORTABLE_COLUMNS.has(col.id) && col.getCanSort();
                    const sorted = col.getIsSorted();
                    const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
                    return (
                      <TableHead
                        key={header.id}
                        scope="col"
                        aria-sort={sortable ? (sorted ? ARIA_SORT[sorted] : 'none') : undefined}
                        className={cn(meta?.className, 'bg-muted font-medium')}
                      >
                        {sortable ? (
                          <button
                            type="button"
                            onClick={col.getToggleSortingHandler()}
                            className={cn('-mx-2 inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-card hover:text-foreground', sorted && 'text-foreground')}
                          >
                            {meta?.label}
                            <Icon aria-hidden className={cn('size-3.5', !sorted && 'opacity-40')} />
                          </button>
                        ) : (
                          meta?.label
                        )}
                      </TableHead>
                    );
                  })}
                </TableRow>
              ))}
            </TableHeader>
            <TableBody>
              {table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}

      {total > 0 ? (
        <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-size`} className="text-muted-foreground">
              Rows per page
            </label>
            <NativeSelect id={`${id}-size`} className="h-9 w-24" value={state.size} onChange={(e) => table.setPageSize(Number(e.target.value))}>
              {RAT_TABLE_PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <span className="mr-2 text-muted-foreground">
              Page {state.page} of {pageCount}
            </span>
            {/* Next and previous carry the neighbouring row's code (a key-set cursor), so a deep page costs what page 2 costs. */}
            <PageButton label="First page" icon={ChevronsLeft} disabled={!table.getCanPreviousPage()} onClick={() => setState(FIRST_PAGE)} />
            <PageButton
              label="Previous page"
              icon={ChevronLeft}
              disabled={!table.getCanPreviousPage()}
              onClick={() => setState(rows.length > 0 && state.page > 2 ? { page: state.page - 1, before: rows[0].code, after: null } : FIRST_PAGE)}
            />
            <PageButton
              label="Next page"
              icon={ChevronRight}
              disabled={!table.getCanNextPage() || rows.length === 0}
              onClick={() => setState({ page: state.page + 1, after: rows[rows.length - 1].code, before: null })}
            />
            <PageButton label="Last page" icon={ChevronsRight} disabled={!table.getCanNextPage()} onClick={() => setState({ page: pageCount, after: null, before: null })} />
          </div>
        </nav>
      ) : null}
    </div>
  );
}
