/**
 * Every page of the app, with who may open it: the one list the accessibility journey
 * (a11y.spec.ts) walks, at both widths, as each role listed. A page route under app/ that is
 * missing here fails tests/unit/a11y-pages.test.ts; a role listed here that cannot open the
 * page, or one left out that can, fails a11y.spec.ts. Add a new page here with its roles.
 *
 * Plain data only (no Playwright imports): the unit test reads it too.
 */

export type Viewer = 'admin' | 'staff' | 'coordinator' | 'foster' | 'signed-out';

export const VIEWERS: readonly Viewer[] = ['admin', 'staff', 'coordinator', 'foster', 'signed-out'];

export type A11yPage = {
  /**
   * The route as its folder under app/ names it, route groups left out (`/rats/[ratId]`),
   * optionally with a query for a view of the page that renders something else
   * (`/rats/[ratId]?tab=photos`). Dynamic segments are filled from DEMO_PARAMS.
   */
  path: string;
  /** Who may open it; every other viewer must get not-found or a redirect away. */
  roles: readonly Viewer[];
  /** `empty`: the rescue with no users yet (first-admin setup). Default: the demo rescue. */
  server?: 'demo' | 'empty';
};

const everyone = ['admin', 'staff', 'coordinator', 'foster'] as const;
const office = ['admin', 'staff', 'coordinator'] as const;
const adminStaff = ['admin', 'staff'] as const;
const adminCoordinator = ['admin', 'coordinator'] as const;

export const A11Y_PAGES: readonly A11yPage[] = [
  // Signed out
  { path: '/sign-in', roles: ['signed-out'] },
  { path: '/setup', roles: ['signed-out'], server: 'empty' },

  // Public pages (no session needed): everyone, signed in or not
  { path: '/adopt', roles: VIEWERS },
  { path: '/adopt/[listingId]', roles: VIEWERS },
  { path: '/adopt/apply', roles: VIEWERS },
  { path: '/adopt/applied', roles: VIEWERS },

  // Everyone signed in
  { path: '/change-password', roles: everyone },
  { path: '/dashboard', roles: everyone },
  { path: '/dashboard/alerts/[kind]', roles: everyone },
  { path: '/rats', roles: everyone },
  { path: '/rats/[ratId]', roles: everyone },
  { path: '/rats/[ratId]?tab=handling', roles: everyone },
  { path: '/rats/[ratId]?tab=readiness', roles: everyone },
  { path: '/rats/[ratId]?tab=photos', roles: everyone },
  { path: '/rats/[ratId]?tab=status', roles: everyone },
  { path: '/rats/[ratId]?tab=home', roles: everyone },
  { path: '/rats/[ratId]?tab=history', roles: everyone },
  { path: '/rats/[ratId]/health', roles: everyone },
  { path: '/rats/[ratId]/assessments', roles: everyone },
  { path: '/rats/[ratId]/assessments/new', roles: everyone },
  { path: '/rats/[ratId]/record', roles: everyone },
  { path: '/sessions/new', roles: everyone },
  { path: '/weights/new', roles: ['foster'] },
  { path: '/introductions', roles: everyone },
  { path: '/introductions/[introductionId]', roles: everyone },

  // Office
  { path: '/rats/[ratId]/move', roles: office },
  { path: '/rats/[ratId]/pedigree', roles: office },
  { path: '/rats/import', roles: adminStaff },
  { path: '/intakes/new', roles: adminStaff },
  { path: '/intakes/[intakeId]', roles: office },
  { path: '/cage-groups/[groupId]', roles: office },
  { path: '/foster-homes', roles: office },
  { path: '/foster-homes/new', roles: adminStaff },
  { path: '/foster-homes/[homeId]', roles: office },
  { path: '/foster-homes/[homeId]/edit', roles: adminStaff },
  // A foster may open their own home's care sheet; the demo home here is Willow House.
  { path: '/foster-homes/[homeId]/care-sheet', roles: office },
  { path: '/quarantine', roles: office },
  { path: '/quarantine/start', roles: adminCoordinator },
  { path: '/quarantine/[quarantineId]/extend', roles: adminCoordinator },
  { path: '/introductions/new', roles: office },
  { path: '/litters', roles: office },
  { path: '/litters/new', roles: office },
  // The demo's litter is at Oak Barn: the demo foster (Maple Cottage) gets not-found.
  { path: '/litters/[litterId]', roles: office },
  { path: '/readiness', roles: office },
  { path: '/matching', roles: adminCoordinator },
  { path: '/breeding', roles: office },
  { path: '/breeding/ancestors/new', roles: office },
  { path: '/breeding/pairings/new', roles: office },
  { path: '/breeding/pairings/[pairingId]', roles: office },
  { path: '/adopters', roles: office },
  { path: '/adopters/new', roles: office },
  { path: '/adopters/[adopterId]', roles: office },
  { path: '/adopters/[adopterId]/edit', roles: office },
  { path: '/adopters/adoptions/[adoptionId]', roles: office },
  { path: '/reports', roles: office },
  { path: '/reports/handling', roles: office },
  { path: '/settings', roles: office },
  { path: '/users', roles: ['admin'] },
];

/** Routes that only redirect (nothing to check): `/` sends everyone to the dashboard or sign-in. */
export const REDIRECT_ONLY_ROUTES: readonly string[] = ['/'];

/**
 * The foster the journey signs in as: Maple Cottage's, the demo home with introductions
 * running, so a foster's view of an introduction is checked too.
 */
export const FOSTER_ACCOUNT = 'foster2';

/**
 * How each dynamic segment is filled: the first link on `from` (a page the admin can open,
 * itself possibly dynamic) whose path matches `href` (the value is its first group) and whose
 * text contains `name`. The rat
 * and the introduction are at Maple Cottage, so the foster sees them as everyone else does.
 */
export const DEMO_PARAMS: Record<string, { from: string; href: RegExp; name?: string }> = {
  ratId: { from: '/rats?q=Truffle', href: /^\/rats\/(\d+)$/, name: 'Truffle' },
  kind: { from: '/dashboard', href: /^\/dashboard\/alerts\/([a-z_]+)$/ },
  homeId: { from: '/foster-homes', href: /^\/foster-homes\/(\d+)$/, name: 'Willow House' },
  groupId: { from: '/foster-homes/[homeId]', href: /^\/cage-groups\/(\d+)$/, name: 'Spare room girls' },
  intakeId: { from: '/cage-groups/[groupId]', href: /^\/intakes\/(\d+)$/ },
  introductionId: { from: '/introductions', href: /^\/introductions\/(\d+)$/, name: 'Clover' },
  litterId: { from: '/litters', href: /^\/litters\/(\d+)$/ },
  quarantineId: { from: '/quarantine', href: /^\/quarantine\/(\d+)\/extend$/ },
  pairingId: { from: '/breeding', href: /^\/breeding\/pairings\/(\d+)$/ },
  adopterId: { from: '/adopters', href: /^\/adopters\/(\d+)$/, name: 'Jo Marsh' },
  listingId: { from: '/adopt', href: /^\/adopt\/((?!apply$|applied$)[^/]+)$/ },
  adoptionId: { from: '/adopters/[adopterId]', href: /^\/adopters\/adoptions\/(\d+)$/ },
};

/** `/rats/[ratId]?tab=x` → `/rats/[ratId]`: the route a page entry belongs to. */
export function routeOf(path: string): string {
  return path.split('?')[0];
}

/** The route a page file serves: `app/(dashboard)/rats/[ratId]/page.tsx` → `/rats/[ratId]`. */
export function routeOfPageFile(file: string): string {
  const segments = file
    .replace(/\\/g, '/')
    .replace(/^app\//, '')
    .replace(/(^|\/)page\.tsx$/, '')
    .split('/')
    .filter((s) => s !== '' && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** The `[name]` segments in a path, in order. */
export function paramsOf(path: string): string[] {
  return [...path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
}
