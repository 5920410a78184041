/** The socialisation ladder: each step is something a foster can see in one session. */
export const TRUST_STEPS = [
  { step: 0, name: 'Hides', description: 'Hides, freezes or flees whenever a person is near' },
  { step: 1, name: 'Tolerates presence', description: 'Stays visible and goes on with its business while a person sits by the open cage' },
  { step: 2, name: 'Takes food offered', description: 'Eats from a spoon or from food held at its nest or cage door' },
  { step: 3, name: 'Takes from fingers', description: 'Takes a treat from between the fingers' },
  { step: 4, name: 'Comes to the hand', description: 'Comes over for the hand, eats from an open palm, sniffs and explores the hand' },
  { step: 5, name: 'Climbs on', description: 'Climbs onto the hand or arm by itself' },
  { step: 6, name: 'Accepts handling', description: 'Accepts being stroked, scooped up from below and held briefly without struggling' },
  { step: 7, name: 'Explores with the handler', description: 'Comes out to a safe play space, explores, and comes back to the handler' },
  { step: 8, name: 'Seeks the handler', description: 'Climbs to the shoulder, grooms the handler, bruxes and boggles when held, settles in a lap' },
] as const;

export const MIN_TRUST_STEP = 0;
export const MAX_TRUST_STEP = 8;

export function trustStepName(step: number): string {
  return TRUST_STEPS.find((s) => s.step === step)?.name ?? `Step ${step}`;
}
