import type { Role } from '../../lib/domain/vocabulary';

/** The demo rescue's sign-ins: printed at start and listed in the README. Demo data only. */
export const DEMO_PASSWORD = 'ratwise-demo';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; home?: string }> = [
  { email: 'admin@ratwise.test', name: 'Alex Admin', role: 'admin' },
  { email: 'staff@ratwise.test', name: 'Sam Staff', role: 'staff' },
  { email: 'coordinator@ratwise.test', name: 'Casey Coordinator', role: 'coordinator' },
  { email: 'foster@ratwise.test', name: 'Fran Foster', role: 'foster', home: 'Willow House' },
  { email: 'foster2@ratwise.test', name: 'Robin Foster', role: 'foster', home: 'Maple Cottage' },
];

export function demoSignInLines(): string[] {
  return [
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email}${a.home ? `  (${a.home})` : ''}`),
  ];
}
