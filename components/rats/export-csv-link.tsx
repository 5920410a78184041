'use client';

import { Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { exportHref } from '@/lib/rat-table-params';
import { useRatTableState } from './use-rat-table-state';

/** Downloads the rats matching the filters on screen (all pages), in the table's order. */
export function ExportCsvLink() {
  const [state] = useRatTableState();
  return (
    <Button asChild variant="outline">
      <a href={exportHref(state)} download>
        <Download aria-hidden />
        Export CSV
      </a>
    </Button>
  );
}
