import Link from 'next/link';
import { cn } from '@/lib/utils';

export const RAT_TABS = [
  { key: 'profile', label: 'Profile' },
  { key: 'handling', label: 'Handling' },
  { key: 'readiness', label: 'Readiness' },
  { key: 'photos', label: 'Photos' },
  { key: 'status', label: 'Status' },
  { key: 'home', label: 'Home and cage', short: 'Home' },
  { key: 'history', label: 'History' },
] as const;

export type RatTab = (typeof RAT_TABS)[number]['key'];

/** Sections with pages of their own, listed after the tabs. */
const RAT_PAGES = [
  { path: 'health', label: 'Health' },
  { path: 'assessments', label: 'Assessments' },
  { path: 'pedigree', label: 'Pedigree', office: true },
] as const;

/** `?tab=` from the URL; anything unknown opens the profile. */
export function parseRatTab(value: string | string[] | undefined): RatTab {
  const tab = Array.isArray(value) ? value[0] : value;
  return RAT_TABS.find((t) => t.key === tab)?.key ?? 'profile';
}

export function ratTabLabel(tab: RatTab): string {
  return RAT_TABS.find((t) => t.key === tab)?.label ?? '';
}

/**
 * The rat page's sections as links styled as tabs: each is a real URL (works without
 * JavaScript, can be bookmarked and shared), reachable with Tab, the current one marked
 * with aria-current.
 */
export function RatTabs({ ratId, current, office = false }: { ratId: number; current: RatTab; office?: boolean }) {
  return (
    <nav aria-label="Rat record sections" className="-mx-4 mb-6 overflow-x-auto border-b px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {RAT_TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={tab.key === 'profile' ? `/rats/${ratId}` : `/rats/${ratId}?tab=${tab.key}`}
                aria-current={active ? 'page' : undefined}
                scroll={false}
                className={cn(
                  '-mb-px inline-flex h-11 items-center gap-1.5 border-b-2 px-2.5 text-sm sm:px-3 font-medium whitespace-nowrap transition-colors',
                  active ? 'border-primary text-primary' : 'border-transparent text-muted-foreground hover:border-border hover:text-foreground',
                )}
              >
                {'short' in tab ? (
                  <>
                    <span className="sm:hidden">{tab.short}</span>
                    <span className="hidden sm:inline">{tab.label}</span>
                  </>
                ) : (
                  tab.label
                )}
              </Link>
            </li>
          );
        })}
        {RAT_PAGES.filter((page) => office || !('office' in page)).map((page) => (
          <li key={page.path}>
            <Link
              href={`/rats/${ratId}/${page.path}`}
              className="-mb-px inline-flex h-11 items-center border-b-2 border-transparent px-2.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:border-border hover:text-foreground sm:px-3"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
