import {
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { RatTableRow } from '@/db/queries/rat-table';
import { trustStepName } from '@/lib/domain/trust-ladder';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import type { RatTableColumn, RatTableSortKey } from '@/lib/validation/rat-table';
import { RatAvatar } from './rat-avatar';
import { RatStatusBadge } from './rat-status-badge';

export type RatColumnMeta = {
  /** The column's name in the header and in the column menu. */
  label: string;
  /** Cell and header classes, e.g. the sticky name column. */
  className?: string;
};

/** The table's features: server-side sorting and paging (manual), and column visibility. */
export const ratTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: {} as RatColumnMeta,
});

const column = createColumnHelper<typeof ratTableFeatures, RatTableRow>();

/** The column ids that are sort keys; the rest (variety) cannot be sorted. */
export type RatColumnId = 'name' | RatTableColumn;
export const SORTABLE_COLUMNS: ReadonlySet<string> = new Set<RatTableSortKey>(['code', 'name', 'sex', 'status', 'home', 'birthDate', 'trustStep']);

export const ratColumns = column.columns([
  column.accessor('name', {
    id: 'name',
    header: 'Name',
    enableHiding: false,
    meta: { label: 'Name', className: 'sticky left-0 z-10 bg-card min-w-40 max-w-56 shadow-[inset_-1px_0_0_var(--color-border)]' },
    cell: ({ row }) => {
      const rat = row.original;
      return (
        <Link href={`/rats/${rat.id}`} className="group flex items-center gap-2.5 font-medium text-primary">
          <RatAvatar ratId={rat.id} photoId={rat.photoId} name={rat.name} />
          <span className="truncate group-hover:underline">{rat.name}</span>
        </Link>
      );
    },
  }),
  column.accessor('code', {
    id: 'code',
    header: 'Code',
    meta: { label: 'Code', className: 'whitespace-nowrap' },
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.code}</span>,
  }),
  column.accessor('sex', {
    id: 'sex',
    header: 'Sex',
    meta: { label: 'Sex' },
    cell: ({ row }) => humanize(row.original.sex),
  }),
  column.accessor('status', {
    id: 'status',
    header: 'Status',
    meta: { label: 'Status', className: 'min-w-36' },
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        <span className="whitespace-nowrap">
          <RatStatusBadge status={row.original.status} />
        </span>
        {row.original.quarantineEndOn ? (
          <Badge variant="warning" className="whitespace-nowrap" title="In quarantine: planned end">
            Quarantine to {formatDate(row.original.quarantineEndOn)}
          </Badge>
        ) : null}
      </span>
    ),
  }),
  column.accessor('homeName', {
    id: 'home',
    header: 'Home',
    meta: { label: 'Home', className: 'whitespace-nowrap' },
    cell: ({ row }) => row.original.homeName ?? <span className="text-muted-foreground">No home</span>,
  }),
  column.accessor('birthDate', {
    id: 'birthDate',
    header: 'Born',
    meta: { label: 'Born', className: 'whitespace-nowrap' },
    cell: ({ row }) =>
      row.original.birthDate ? (
        <>
          {formatDate(row.original.birthDate)}
          {row.original.birthDateEstimated ? <span className="text-muted-foreground"> (est.)</span> : null}
        </>
      ) : (
        <span className="text-muted-foreground">Unknown</span>
      ),
  }),
  column.accessor('trustStep', {
    id: 'trustStep',
    header: 'Trust step',
    sortDescFirst: true,
    meta: { label: 'Trust step', className: 'whitespace-nowrap' },
    cell: ({ row }) =>
      row.original.trustStep === null ? (
        <span className="text-muted-foreground">No sessions</span>
      ) : (
        <span>
          <span className="font-medium tabular-nums">{row.original.trustStep}</span>
          <span className="text-muted-foreground"> · {trustStepName(row.original.trustStep)}</span>
        </span>
      ),
  }),
  column.accessor('variety', {
    id: 'variety',
    header: 'Variety',
    enableSorting: false,
    meta: { label: 'Variety' },
    cell: ({ row }) => row.original.variety ?? <span className="text-muted-foreground">—</span>,
  }),
]);
