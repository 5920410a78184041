import type { ActionResult } from '@/lib/action-result';

const ROW_ERROR = /^rats\.(\d+)\.(\w+)$/;

/** Every row's messages in one list above the table, so nothing hides off-screen in a long intake. */
export function RowErrorSummary({ state, fieldWords }: { state: ActionResult; fieldWords: Record<string, string> }) {
  if (state.ok || !state.fieldErrors) return null;
  const items = Object.entries(state.fieldErrors).flatMap(([key, messages]) => {
    const match = ROW_ERROR.exec(key);
    if (!match || !messages?.length) return [];
    return [{ key, row: Number(match[1]) + 1, field: fieldWords[match[2]] ?? match[2], message: messages[0] }];
  });
  if (items.length === 0) return null;
  items.sort((a, b) => a.row - b.row);
  return (
    <ul className="mt-2 list-inside list-disc text-sm text-destructive" aria-label="Rows that need attention">
      {items.map((i) => (
        <li key={i.key}>
          Rat {i.row} {i.field}: {i.message}
        </li>
      ))}
    </ul>
  );
}
