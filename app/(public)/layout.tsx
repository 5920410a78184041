import Link from 'next/link';
import type { ReactNode } from 'react';
import { getDb } from '@/db/client';
import { getPublicProfile } from '@/db/queries/public-listings';
import { PRODUCT_NAME } from '@/lib/brand';
import { rescueNameOf } from '@/lib/public-listing-view';

/** The public pages: no session, no dashboard navigation, the rescue's own name. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const profile = await getPublicProfile(await getDb());
  const name = rescueNameOf(profile);
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="border-b bg-card">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href="/adopt" className="text-lg font-semibold tracking-tight text-primary">
            {name}
          </Link>
          <nav aria-label="Adoption" className="flex gap-4 text-sm">
            <Link href="/adopt" className="underline-offset-4 hover:underline">
              Rats looking for a home
            </Link>
            <Link href="/adopt/apply" className="underline-offset-4 hover:underline">
              Apply to adopt
            </Link>
          </nav>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">{children}</main>
      <footer className="border-t bg-card">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-muted-foreground">
          {name} · rats leave in pairs or groups, never alone · listing by {PRODUCT_NAME}
        </p>
      </footer>
    </div>
  );
}
