import type { Role } from './domain/vocabulary';

/**
 * Every server action and route handler, with who may call it and on what. A test
 * (tests/integration/authz-matrix.test.ts) finds every export of every app/**\/actions.ts and
 * every app/**\/route.ts, fails for any missing here, and calls each as signed out, each role,
 * and a foster of the right and of another home, checking the outcome against this list.
 *
 * Adding an action is one line here: `'<file>#<export>': { roles: [...], scope: '...' },`.
 */
export type ScopeRule =
  /**
   * Anyone, signed in or not: first-admin set-up, next-auth's own routes, and the public
   * listing (pages, feed, thumbnails of listed rats, the application form), which read only
   * through db/queries/public-listings.ts and write only an application.
   */
  | 'public'
  /** The caller's own account only. */
  | 'self'
  /** The allowed roles act on the whole rescue. */
  | 'rescue'
  /** Staff roles act on the whole rescue; a foster only on rats placed in their home now (else not found). */
  | 'own-home';

export type AuthzEntry = { roles: readonly Role[]; scope: ScopeRule };

const ALL: readonly Role[] = ['admin', 'staff', 'coordinator', 'foster'];
const STAFF: readonly Role[] = ['admin', 'staff', 'coordinator'];
const ADMIN: readonly Role[] = ['admin'];
const ADMIN_STAFF: readonly Role[] = ['admin', 'staff'];
const ADMIN_COORDINATOR: readonly Role[] = ['admin', 'coordinator'];
const NOBODY: readonly Role[] = [];

export const SERVER_ACTIONS: Record<string, AuthzEntry> = {
  'app/(auth)/setup/actions.ts#createFirstAdminAction': { roles: NOBODY, scope: 'public' },
  'app/(public)/adopt/apply/actions.ts#applyToAdoptAction': { roles: NOBODY, scope: 'public' },
  'app/(auth)/change-password/actions.ts#changeOwnPasswordAction': { roles: ALL, scope: 'self' },
  'app/(dashboard)/adopters/actions.ts#createAdopterAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/adopters/actions.ts#updateAdopterAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/adopters/actions.ts#decideAdopterAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/adopters/actions.ts#recordAdoptionAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/adopters/actions.ts#recordReturnAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/breeding/actions.ts#createPairingAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/breeding/actions.ts#putPairTogetherAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/breeding/actions.ts#setParentAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/breeding/actions.ts#createOutsideAncestorAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/breeding/actions.ts#updateRatteryAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/cage-groups/actions.ts#moveCageGroupAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/cage-groups/actions.ts#addRatToGroupAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/cage-groups/actions.ts#moveRatAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/cage-groups/actions.ts#createCageGroupAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/foster-homes/actions.ts#createFosterHomeAction': { roles: ADMIN_STAFF, scope: 'rescue' },
  'app/(dashboard)/foster-homes/actions.ts#updateFosterHomeAction': { roles: ADMIN_STAFF, scope: 'rescue' },
  'app/(dashboard)/foster-homes/actions.ts#setFosterHomeActiveAction': { roles: ADMIN_STAFF, scope: 'rescue' },
  'app/(dashboard)/intakes/actions.ts#createIntakeAction': { roles: ADMIN_STAFF, scope: 'rescue' },
  'app/(dashboard)/litters/actions.ts#recordLitterAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/matching/actions.ts#proposePairAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/matching/actions.ts#startTrialAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/matching/actions.ts#decideProposalAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/matching/actions.ts#addRatToProposalAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/introductions/actions.ts#planIntroductionAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/introductions/actions.ts#recordObservationAction': { roles: ALL, scope: 'own-home' },
  'app/(dashboard)/introductions/actions.ts#changeStageAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/introductions/actions.ts#setIntroductionStatusAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/introductions/actions.ts#markBondedAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/quarantine/actions.ts#releaseQuarantineAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/quarantine/actions.ts#startQuarantineAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/quarantine/actions.ts#extendQuarantineAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/actions.ts#updateRatProfileAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/actions.ts#changeRatStatusAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/actions.ts#uploadRatPhotoAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/actions.ts#setMainRatPhotoAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/actions.ts#deleteRatPhotoAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/rats/[ratId]/assessments/actions.ts#createAssessmentAction': { roles: ALL, scope: 'own-home' },
  'app/(dashboard)/rats/[ratId]/health/actions.ts#recordHealthEventAction': { roles: ALL, scope: 'own-home' },
  'app/(dashboard)/rats/import/actions.ts#importRatsAction': { roles: ADMIN_STAFF, scope: 'rescue' },
  'app/(dashboard)/reports/handling/actions.ts#acknowledgeIncidentAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/readiness/actions.ts#readinessOverrideAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/readiness/actions.ts#markAvailableAction': { roles: STAFF, scope: 'rescue' },
  'app/(dashboard)/public-listing/actions.ts#saveListingAction': { roles: ADMIN_COORDINATOR, scope: 'rescue' },
  'app/(dashboard)/sessions/actions.ts#logHandlingSessionAction': { roles: ALL, scope: 'own-home' },
  'app/(dashboard)/settings/actions.ts#updateSettingsAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/settings/actions.ts#setRescueLiveAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/settings/actions.ts#removeDemoRescueAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/settings/actions.ts#updatePublicProfileAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/users/actions.ts#createUserAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/users/actions.ts#updateUserAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/users/actions.ts#setUserActiveAction': { roles: ADMIN, scope: 'rescue' },
  'app/(dashboard)/users/actions.ts#resetUserPasswordAction': { roles: ADMIN, scope: 'rescue' },
};

export const ROUTE_HANDLERS: Record<string, AuthzEntry> = {
  'app/api/auth/[...nextauth]/route.ts#GET': { roles: NOBODY, scope: 'public' },
  'app/api/auth/[...nextauth]/route.ts#POST': { roles: NOBODY, scope: 'public' },
  'app/api/rats/export/route.ts#GET': { roles: ALL, scope: 'own-home' },
  'app/api/rats/[ratId]/photos/[photoId]/route.ts#GET': { roles: ALL, scope: 'own-home' },
  'app/api/reports/[report]/route.ts#GET': { roles: STAFF, scope: 'rescue' },
  'app/api/sync/route.ts#POST': { roles: ALL, scope: 'own-home' },
  'app/api/public/listings/route.ts#GET': { roles: NOBODY, scope: 'public' },
  'app/api/public/listings/embed/route.ts#GET': { roles: NOBODY, scope: 'public' },
  'app/api/public/photos/[photoId]/route.ts#GET': { roles: NOBODY, scope: 'public' },
};
