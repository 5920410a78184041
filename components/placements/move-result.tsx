import { Alert } from '@/components/ui/alert';
import { FormMessage } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-result';

/** A move's outcome: the usual result, plus warnings about what the move left behind (a solo rat, a full home). */
export type MoveActionResult = ActionResult & { warnings?: string[] };

export function MoveMessage({ state }: { state: MoveActionResult }) {
  return (
    <>
      <FormMessage state={state} />
      {state.ok && state.warnings?.length
        ? state.warnings.map((w) => (
            <Alert key={w} variant="warning">
              {w}
            </Alert>
          ))
        : null}
    </>
  );
}
