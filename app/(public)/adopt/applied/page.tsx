import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { getPublicProfile } from '@/db/queries/public-listings';
import { rescueNameOf } from '@/lib/public-listing-view';

export async function generateMetadata(): Promise<Metadata> {
  const profile = await getPublicProfile(await getDb());
  return { title: { absolute: `Application sent · ${rescueNameOf(profile)}` } };
}

/** Where a sent application lands (also without JavaScript: the form's action redirects here). */
export default async function AppliedPage() {
  const name = rescueNameOf(await getPublicProfile(await getDb()));
  return (
    <div className="mx-auto max-w-xl rounded-lg border bg-card p-6">
      <h1 className="text-2xl font-semibold tracking-tight">Thank you: your application is with us</h1>
      <p className="mt-3">A coordinator at {name} will read it and reply by email within a few days.</p>
      <p className="mt-3 text-sm text-muted-foreground">Rats leave in pairs or groups. If the rats you asked for find a home first, we will suggest others that suit you.</p>
      <p className="mt-5">
        <Link href="/adopt" className="text-primary underline underline-offset-4">
          Back to the rats looking for a home
        </Link>
      </p>
    </div>
  );
}
