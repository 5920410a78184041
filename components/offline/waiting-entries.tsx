'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatTimeOrDay } from '@/lib/format';
import { useOffline } from './offline-provider';

/**
 * What this phone holds for the server: entries waiting to be sent, and entries the server
 * refused, each with its reason, kept until the foster sends it again or discards it.
 */
export function WaitingEntries() {
  const offline = useOffline();
  if (!offline || offline.entries.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="waiting-heading" className="mb-4">
      <h2 id="waiting-heading" className="mb-2 text-lg font-semibold">
        On this phone
      </h2>
      <Card>
        <ul className="divide-y">
          {offline.entries.map((entry) => (
            <li key={entry.key} className="flex flex-col gap-2 px-4 py-3" data-testid="queued-entry" aria-label={entry.label}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{entry.label}</span>
                <span className="text-xs text-muted-foreground">recorded {formatTimeOrDay(entry.recordedAt, now)}</span>
              </div>
              {entry.state === 'refused' ? (
                <>
                  <p className="text-sm text-destructive" data-testid="refusal">
                    Not saved: {entry.reason}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <Button type="button" variant="outline" size="sm" onClick={() => void offline.retry(entry.key)}>
                      Send again
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="sm"
                      onClick={() => {
                        if (window.confirm(`Discard “${entry.label}”? It is removed from this phone and not saved anywhere.`)) void offline.discard(entry.key);
                      }}
                    >
                      Discard
                    </Button>
                  </div>
                </>
              ) : (
                <p className="text-sm text-muted-foreground" data-testid="entry-state">
                  Waiting to send{entry.attempts > 0 ? ` (tried ${entry.attempts === 1 ? 'once' : `${entry.attempts} times`})` : ''}
                </p>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
