import type { Role } from './vocabulary';

/** Recording an intake is staff work (and an admin's). */
export const INTAKE_ROLES = ['admin', 'staff'] as const satisfies readonly Role[];

/** Adding, editing and deactivating foster homes is staff work (and an admin's). */
export const HOME_EDIT_ROLES = ['admin', 'staff'] as const satisfies readonly Role[];

/**
 * Intakes, cage groups and placements are seen and changed by the office: staff place rats,
 * coordinators merge and split cage groups after introductions. Fosters get not-found.
 */
export const PLACEMENT_ROLES = ['admin', 'staff', 'coordinator'] as const satisfies readonly Role[];

/** Whether a role is one of `roles` (for showing or hiding controls; actions check again). */
export function hasRole(role: Role, roles: readonly Role[]): boolean {
  return roles.includes(role);
}

/**
 * Planning and steering introductions (stages, pause, fail, bonded) is office work; fosters log
 * the meetings in their own home.
 */
export const INTRODUCTION_ROLES = ['admin', 'staff', 'coordinator'] as const satisfies readonly Role[];

/** Approving adopters and recording adoptions and returns is coordinator work (and an admin's). */
export const ADOPTION_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];

/** Listing rats publicly, and editing what adopters read, is coordinator work (and an admin's). */
export const LISTING_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
