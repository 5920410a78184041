/**
 * Rescue policy numbers. Each has a default, a range a rescue may choose within, and the reason
 * it exists, shown beside the setting so nobody changes one without knowing what it protects.
 */
export const POLICY_SETTINGS = [
  {
    key: 'quarantineDays',
    label: 'Quarantine days',
    unit: 'days',
    defaultValue: 21,
    min: 7,
    max: 120,
    reason: 'Two weeks is the usual minimum, three common: Sendai and SDA spread through the air and carriers look healthy.',
  },
  {
    key: 'quarantineDaysAfterExposure',
    label: 'Quarantine days after a show or exposure',
    unit: 'days',
    defaultValue: 42,
    min: 14,
    max: 180,
    reason: 'Rescues use six weeks after a show or a known exposure to rule out Sendai virus.',
  },
  {
    key: 'pregnancyWatchDays',
    label: 'Pregnancy watch days',
    unit: 'days',
    defaultValue: 24,
    min: 21,
    max: 60,
    reason: 'Gestation is 21 to 23 days; a post-partum mating can add a little.',
  },
  {
    key: 'postNeuterSterileDays',
    label: 'Post-neuter sterile after',
    unit: 'days',
    defaultValue: 28,
    min: 14,
    max: 90,
    reason: 'A castrated male is not sterile for at least four weeks: he still counts as intact until then.',
  },
  {
    key: 'litterSeparationDay',
    label: 'Litter sex separation by day',
    unit: 'day of age',
    defaultValue: 35,
    min: 21,
    max: 42,
    reason: 'Males can be fertile from five weeks old, so litters are split by sex before then.',
  },
  {
    key: 'handlingStaleDays',
    label: 'Handling-stale after',
    unit: 'days',
    defaultValue: 3,
    min: 1,
    max: 30,
    reason: 'Fosters should handle at least daily; an alert after this many days without a session.',
  },
  {
    key: 'handlingReadyStep',
    label: 'Handling-ready trust step',
    unit: 'step',
    defaultValue: 6,
    min: 0,
    max: 8,
    reason: 'Step 6 (accepts handling) is when most adopters can care for a rat safely.',
  },
  {
    key: 'hormonalMaleAgeDays',
    label: 'Hormonal male age',
    unit: 'days',
    defaultValue: 90,
    min: 30,
    max: 365,
    reason: 'Unneutered males past about three months may turn hormonal; suggest a neuter review when stress or bites rise.',
  },
  {
    key: 'minimumAdoptionGroup',
    label: 'Minimum adoption group',
    unit: 'rats',
    defaultValue: 2,
    min: 1,
    max: 6,
    reason: 'Rats leave in pairs at least, unless the adopter already has compatible rats.',
  },
  {
    key: 'weightLossAlertPercent',
    label: 'Weight-loss alert',
    unit: '%',
    defaultValue: 10,
    min: 1,
    max: 50,
    reason: 'Unexplained weight loss is often the first sign of illness in rats.',
  },
  {
    key: 'weightLossWindowDays',
    label: 'Weight-loss window',
    unit: 'days',
    defaultValue: 30,
    min: 7,
    max: 120,
    reason: 'The period over which the weight-loss alert compares weights.',
  },
  {
    key: 'kittenHandlingFromDay',
    label: 'Kitten handling from day',
    unit: 'day of age',
    defaultValue: 3,
    min: 0,
    max: 21,
    reason: 'Breeders and rescues handle litters from a few days old; a litter counts as one line in the not-handled alert from this day.',
  },
  {
    key: 'firstLitterMinAgeDays',
    label: 'Youngest age for a first litter',
    unit: 'days',
    defaultValue: 120,
    min: 60,
    max: 365,
    reason: 'A doe needs to be grown before her first pairing; about four months old is the usual minimum.',
  },
  {
    key: 'firstLitterMaxAgeDays',
    label: 'Oldest age for a first litter',
    unit: 'days',
    defaultValue: 240,
    min: 90,
    max: 540,
    reason: 'A first litter late in life carries more risk of a difficult birth; breeders pair a maiden doe by about eight months.',
  },
] as const;

export type PolicyKey = (typeof POLICY_SETTINGS)[number]['key'];
export type Policy = Record<PolicyKey, number>;

export const POLICY_KEYS = POLICY_SETTINGS.map((s) => s.key) as PolicyKey[];

export const DEFAULT_POLICY: Policy = Object.fromEntries(
  POLICY_SETTINGS.map((s) => [s.key, s.defaultValue]),
) as Policy;

/** Stored values override defaults; unknown or missing keys fall back to the default. */
export function resolvePolicy(stored: ReadonlyArray<{ key: string; value: number }>): Policy {
  const policy: Policy = { ...DEFAULT_POLICY };
  for (const row of stored) {
    if ((POLICY_KEYS as string[]).includes(row.key)) policy[row.key as PolicyKey] = row.value;
  }
  return policy;
}
