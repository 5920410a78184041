import type { Role } from './vocabulary';

/**
 * The scope a query must apply for a user: fosters see only rats placed in their own home
 * (a foster with no home linked sees nothing); everyone else sees the whole rescue.
 */
export type RatScope = { kind: 'all' } | { kind: 'home'; fosterHomeId: number } | { kind: 'none' };

export function ratScope(user: { role: Role; fosterHomeId: number | null }): RatScope {
  if (user.role !== 'foster') return { kind: 'all' };
  return user.fosterHomeId ? { kind: 'home', fosterHomeId: user.fosterHomeId } : { kind: 'none' };
}

export type NavItem = { href: string; label: string; icon: NavIcon; roles: readonly Role[] };
export type NavIcon =
  | 'dashboard'
  | 'rats'
  | 'homes'
  | 'quarantine'
  | 'introductions'
  | 'matching'
  | 'breeding'
  | 'adopters'
  | 'ready'
  | 'reports'
  | 'settings'
  | 'users';

const everyone: readonly Role[] = ['admin', 'staff', 'coordinator', 'foster'];
const office: readonly Role[] = ['admin', 'staff', 'coordinator'];

/** The navigation, each item with the roles that may use it; pages check the same roles. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/dashboard', label: 'Dashboard', icon: 'dashboard', roles: everyone },
  { href: '/rats', label: 'Rats', icon: 'rats', roles: everyone },
  { href: '/foster-homes', label: 'Foster homes', icon: 'homes', roles: office },
  { href: '/quarantine', label: 'Quarantine', icon: 'quarantine', roles: office },
  { href: '/introductions', label: 'Introductions', icon: 'introductions', roles: everyone },
  { href: '/matching', label: 'Matching', icon: 'matching', roles: ['admin', 'coordinator'] },
  { href: '/readiness', label: 'Ready for adoption', icon: 'ready', roles: office },
  { href: '/breeding', label: 'Breeding', icon: 'breeding', roles: office },
  { href: '/adopters', label: 'Adopters', icon: 'adopters', roles: ['admin', 'staff', 'coordinator'] },
  { href: '/reports', label: 'Reports', icon: 'reports', roles: office },
  { href: '/settings', label: 'Settings', icon: 'settings', roles: office },
  { href: '/users', label: 'Users', icon: 'users', roles: ['admin'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export function rolesFor(href: string): readonly Role[] {
  const item = NAV_ITEMS.find((i) => i.href === href);
  if (!item) throw new Error(`No navigation item for ${href}`);
  return item.roles;
}
