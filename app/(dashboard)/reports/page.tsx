import { ChevronRight, Hand } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';

export const metadata: Metadata = { title: 'Reports' };

const REPORTS = [
  {
    href: '/reports/handling',
    title: 'Handling by foster home',
    description: 'Sessions per week for each rat, trust steps, rats not handled lately, and this week’s bites to acknowledge.',
    icon: Hand,
  },
] as const;

export default async function ReportsPage() {
  await requireRole(rolesFor('/reports'));
  return (
    <>
      <PageHeader title="Reports" description="Charts of the rescue’s intakes, adoptions and progress." />
      <ul className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {REPORTS.map(({ href, title, description, icon: Icon }) => (
          <li key={href}>
            <Card className="h-full transition-colors hover:bg-muted/40">
              <Link href={href} className="flex h-full items-start gap-3 p-5">
                <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
                <span className="flex-1">
                  <span className="block font-semibold">{title}</span>
                  <span className="mt-1 block text-sm text-muted-foreground">{description}</span>
                </span>
                <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              </Link>
            </Card>
          </li>
        ))}
      </ul>
      <EmptyState title="More reports to come">Intakes against adoptions, time to adoption and foster capacity charts will be shown here.</EmptyState>
    </>
  );
}
