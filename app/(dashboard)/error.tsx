'use client';

import { Button } from '@/components/ui/button';

export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-6">
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="text-sm text-muted-foreground">
        Changes are saved whole or not at all, so it is safe to try again. If it keeps happening, tell your rescue&apos;s admin.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
