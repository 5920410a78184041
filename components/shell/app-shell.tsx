'use client';

import { Menu, Rat, X } from 'lucide-react';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Dialog } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { useOffline } from '@/components/offline/offline-provider';
import { Button } from '@/components/ui/button';
import { clearOfflineData } from '@/lib/offline/clear';
import { PRODUCT_NAME } from '@/lib/brand';
import type { NavItem } from '@/lib/domain/access';
import { ROLE_LABELS, type Role } from '@/lib/domain/vocabulary';
import { cn } from '@/lib/utils';
import { NavIcon } from './nav-icon';

type ShellUser = { name: string; email: string; role: Role; homeName: string | null };

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavLinks({ nav, onNavigate }: { nav: NavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1">
      {nav.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground',
                active && 'bg-primary/10 text-primary hover:bg-primary/10 hover:text-primary',
              )}
            >
              <NavIcon name={item.icon} className="size-4" />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function UserCard({ user }: { user: ShellUser }) {
  return (
    <div className="flex flex-col gap-2 border-t p-4">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium" data-testid="signed-in-name">
          {user.name}
        </p>
        <p className="truncate text-xs text-muted-foreground">
          <span data-testid="signed-in-role">{ROLE_LABELS[user.role]}</span>
          {user.homeName ? ` · ${user.homeName}` : ''}
        </p>
      </div>
      <Link href="/change-password" className="text-sm underline-offset-4 hover:underline">
        Change password
      </Link>
      <SignOutButton />
    </div>
  );
}

function SignOutButton({ compact = false }: { compact?: boolean }) {
  const offline = useOffline();
  const signOutHere = async () => {
    if (offline) {
      const unsent = offline.entries.length;
      if (unsent > 0 && !window.confirm(`${unsent === 1 ? '1 entry on this phone is' : `${unsent} entries on this phone are`} not saved on the server yet. Signing out deletes ${unsent === 1 ? 'it' : 'them'}. Sign out anyway?`)) return;
      // Nothing of the foster's stays on the phone: the worker's copies, the queue, the worker.
      await clearOfflineData().catch(() => undefined);
    }
    await signOut({ callbackUrl: '/sign-in' });
  };
  return (
    <Button variant="outline" size={compact ? 'sm' : 'default'} onClick={() => void signOutHere()}>
      Sign out
    </Button>
  );
}

function Brand() {
  return (
    <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-primary">
      <Rat aria-hidden className="size-6" />
      {/* On the narrowest screens (a phone at 200% zoom) the name gives its room to the buttons. */}
      <span className="text-lg tracking-tight max-[16rem]:sr-only">{PRODUCT_NAME}</span>
    </Link>
  );
}

/**
 * Desktop: a sidebar. Phones: a top bar with a menu drawer; fosters, who use Ratwise one-handed
 * beside the cage, get a bottom tab bar instead so every screen is one thumb away.
 */
export function AppShell({ user, nav, banner, children }: { user: ShellUser; nav: NavItem[]; banner?: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const foster = user.role === 'foster';
  return (
    <div className="min-h-dvh print:block lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <aside className="hidden print:!hidden border-r bg-card lg:sticky lg:top-0 lg:flex lg:h-dvh lg:flex-col">
        <div className="p-4">
          <Brand />
        </div>
        <nav aria-label="Main" className="flex-1 px-3">
          <NavLinks nav={nav} />
        </nav>
        <UserCard user={user} />
      </aside>

      <header className="print:hidden sticky top-0 z-30 flex h-14 items-center justify-between gap-2 border-b bg-card/95 px-3 backdrop-blur min-[22rem]:px-4 lg:hidden">
        <Brand />
        {foster ? (
          <div className="flex items-center gap-2">
            <span className="hidden max-w-[9rem] truncate text-xs text-muted-foreground min-[22rem]:inline">{user.homeName ?? user.name}</span>
            <SignOutButton compact />
          </div>
        ) : (
          <Dialog.Root open={open} onOpenChange={setOpen}>
            <Dialog.Trigger asChild>
              <Button variant="ghost" size="icon" aria-label="Open menu">
                <Menu />
              </Button>
            </Dialog.Trigger>
            <Dialog.Portal>
              <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
              <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-card shadow-xl">
                <div className="flex items-center justify-between p-4">
                  <Dialog.Title asChild>
                    <span>
                      <Brand />
                    </span>
                  </Dialog.Title>
                  <Dialog.Close asChild>
                    <Button variant="ghost" size="icon" aria-label="Close menu">
                      <X />
                    </Button>
                  </Dialog.Close>
                </div>
                <Dialog.Description className="sr-only">Main navigation</Dialog.Description>
                <nav aria-label="Main" className="flex-1 overflow-y-auto px-3">
                  <NavLinks nav={nav} onNavigate={() => setOpen(false)} />
                </nav>
                <UserCard user={user} />
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
        )}
      </header>

      <main id="main" tabIndex={-1} className={cn('mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:px-8', foster && 'pb-24 lg:pb-6')}>
        {banner}
        {children}
      </main>

      {foster ? (
        <nav aria-label="Main" className="print:hidden fixed inset-x-0 bottom-0 z-30 border-t bg-card lg:hidden">
          <ul className="grid" style={{ gridTemplateColumns: `repeat(${nav.length}, minmax(0, 1fr))` }}>
            {nav.map((item) => {
              const active = isActive(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium text-muted-foreground',
                      active && 'text-primary',
                    )}
                  >
                    <NavIcon name={item.icon} className="size-5" />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
