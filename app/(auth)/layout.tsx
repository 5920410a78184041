import { Rat } from 'lucide-react';
import type { ReactNode } from 'react';
import { PRODUCT_NAME, PRODUCT_TAGLINE } from '@/lib/brand';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-muted/50 px-4 py-10">
      <div className="mb-6 flex items-center gap-2 text-primary">
        <Rat aria-hidden className="size-8" />
        <span className="text-2xl font-semibold tracking-tight">{PRODUCT_NAME}</span>
      </div>
      <div className="w-full max-w-sm">{children}</div>
      <p className="mt-6 text-center text-xs text-muted-foreground">{PRODUCT_TAGLINE}</p>
    </main>
  );
}
