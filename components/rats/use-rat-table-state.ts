'use client';

import { useQueryStates } from 'nuqs';
import type { TransitionStartFunction } from 'react';
import { ratTableParsers } from '@/lib/rat-table-params';

/**
 * The rats table's URL state. Changes re-render the server page (`shallow: false`) inside the
 * given transition, so the current rows stay on screen, dimmed, until the new ones arrive.
 */
export function useRatTableState(startTransition?: TransitionStartFunction) {
  return useQueryStates(ratTableParsers, { shallow: false, scroll: false, startTransition });
}
