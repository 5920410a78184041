/**
 * The shared vocabulary of Ratwise. Every enum the database, zod schemas and UI use comes from
 * these `as const` lists, so a value can never mean one thing in the form and another in a table.
 */

export const ROLES = ['admin', 'staff', 'coordinator', 'foster'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  staff: 'Staff',
  coordinator: 'Coordinator',
  foster: 'Foster',
};

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const RAT_STATUSES = [
  'intake',
  'in_care',
  'available',
  'reserved',
  'adopted',
  'returned',
  'transferred',
  'deceased',
] as const;
export type RatStatus = (typeof RAT_STATUSES)[number];

export const RAT_STATUS_LABELS: Record<RatStatus, string> = {
  intake: 'Intake',
  in_care: 'In care',
  available: 'Available',
  reserved: 'Reserved',
  adopted: 'Adopted',
  returned: 'Returned',
  transferred: 'Transferred',
  deceased: 'Deceased',
};

export const INTAKE_SOURCE_TYPES = [
  'owner_surrender',
  'stray',
  'seizure',
  'hoarding',
  'transfer',
  'breeder_return',
  'pet_shop',
  'born_in_care',
  'other',
] as const;
export type IntakeSourceType = (typeof INTAKE_SOURCE_TYPES)[number];

export const INTAKE_SOURCE_LABELS: Record<IntakeSourceType, string> = {
  owner_surrender: 'Owner surrender',
  stray: 'Stray',
  seizure: 'Seizure',
  hoarding: 'Hoarding case',
  transfer: 'Transfer from another rescue',
  breeder_return: 'Breeder return',
  pet_shop: 'Pet shop',
  born_in_care: 'Born in care',
  other: 'Other',
};

export const EXPERIENCE_LEVELS = ['new', 'some', 'experienced'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const OTHER_PETS = [
  'cats',
  'dogs',
  'ferrets',
  'snakes',
  'birds_of_prey',
  'rabbits',
  'other_rodents',
] as const;
export type OtherPet = (typeof OTHER_PETS)[number];

export const FOSTER_ACCEPTS = ['biters', 'hormonal_males', 'medical', 'litters', 'quarantine'] as const;
export type FosterAccepts = (typeof FOSTER_ACCEPTS)[number];

export const HANDLING_TECHNIQUES = [
  'treat_from_fingers',
  'spoon_soft_food',
  'scent',
  'talking_or_singing',
  'sitting_by_open_cage',
  'neutral_space',
  'trail_of_treats',
  'hands_off_climbing',
  'scoop_from_below',
  'portable_hidey_hole',
  'bonding_pouch',
  'stroking_grooming',
  'clicker_training',
  'tickling',
] as const;
export type HandlingTechnique = (typeof HANDLING_TECHNIQUES)[number];

export const POSITIVE_SIGNS = [
  'approaches',
  'explores',
  'relaxed_posture',
  'bruxing',
  'boggling',
  'chirping',
  'grooms_handler',
  'plays',
  'eats_in_front_of_handler',
  'sleeps_on_handler',
] as const;
export type PositiveSign = (typeof POSITIVE_SIGNS)[number];

export const STRESS_SIGNS = [
  'hides',
  'freezes',
  'flees_or_darts',
  'puffs_up',
  'hisses',
  'teeth_bared',
  'squeaks_in_protest',
  'porphyrin',
  'tail_lashing',
  'grabs_or_nips',
] as const;
export type StressSign = (typeof STRESS_SIGNS)[number];

/** Rat-adapted bite scale; `bite` and `severe` are incidents a coordinator sees. */
export const BITE_GRADES = ['none', 'mouthing', 'nip', 'bite', 'severe'] as const;
export type BiteGrade = (typeof BITE_GRADES)[number];

export const INCIDENT_KINDS = ['bite'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const BITE_RISKS = ['low', 'medium', 'high'] as const;
export type BiteRisk = (typeof BITE_RISKS)[number];

export const BACKGROUND_CAUSES = [
  'lack_of_early_handling',
  'poor_handling_or_trauma',
  'hormonal',
  'stressful_environment',
] as const;
export type BackgroundCause = (typeof BACKGROUND_CAUSES)[number];

export const FEAR_TRIGGERS = [
  'hands_in_cage',
  'picked_up_from_above',
  'loud_noises',
  'rustling',
  'other_animals_smell',
  'childrens_voices',
  'sudden_movement',
  'being_restrained',
  'new_places',
] as const;
export type FearTrigger = (typeof FEAR_TRIGGERS)[number];

export const TEMPERAMENT_CATEGORIES = ['confident', 'shy', 'fearful', 'defensive', 'hormonal'] as const;
export type TemperamentCategory = (typeof TEMPERAMENT_CATEGORIES)[number];

export const QUARANTINE_REASONS = ['intake', 'illness', 'exposure', 'show', 'adoption_return'] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];

export const WATCH_KINDS = ['pregnancy', 'post_neuter', 'sex_separation'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const WATCH_OUTCOMES = [
  'not_pregnant',
  'litter_born',
  'sterile',
  'separated',
  'cancelled',
] as const;
export type WatchOutcome = (typeof WATCH_OUTCOMES)[number];

export const INTRODUCTION_METHODS = [
  'gradual_neutral_space',
  'carrier_method',
  'small_cage',
  'cage_swap',
  'other',
  'side_by_side_cages',
] as const;
export type IntroductionMethod = (typeof INTRODUCTION_METHODS)[number];

export const INTRODUCTION_METHOD_LABELS: Record<IntroductionMethod, string> = {
  gradual_neutral_space: 'Neutral space',
  carrier_method: 'Carrier',
  small_cage: 'Small bare cage',
  cage_swap: 'Cage swap',
  side_by_side_cages: 'Side-by-side cages',
  other: 'Other',
};

/** Stages run in this order; `bonded` ends the introduction and merges the cage groups. */
export const INTRODUCTION_STAGES = [
  'scent_swap',
  'side_by_side',
  'neutral_meeting',
  'carrier',
  'small_cage',
  'full_cage',
  'bonded',
] as const;
export type IntroductionStage = (typeof INTRODUCTION_STAGES)[number];

export const INTRODUCTION_STAGE_LABELS: Record<IntroductionStage, string> = {
  scent_swap: 'Scent swap',
  side_by_side: 'Side by side',
  neutral_meeting: 'Neutral meeting',
  carrier: 'Carrier',
  small_cage: 'Small cage',
  full_cage: 'Full cage',
  bonded: 'Bonded',
};

export const INTRODUCTION_STATUSES = ['planned', 'in_progress', 'paused', 'bonded', 'failed'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const INTRODUCTION_STATUS_LABELS: Record<IntroductionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  paused: 'Paused',
  bonded: 'Bonded',
  failed: 'Failed',
};

/** An introduction in one of these statuses is still running: its rats may not start another. */
export const RUNNING_INTRODUCTION_STATUSES = ['planned', 'in_progress', 'paused'] as const satisfies readonly IntroductionStatus[];

export const INTRODUCTION_SIDES = ['a', 'b'] as const;
export type IntroductionSide = (typeof INTRODUCTION_SIDES)[number];

export const OBSERVATION_OUTCOMES = ['positive', 'neutral', 'tense', 'fight'] as const;
export type ObservationOutcome = (typeof OBSERVATION_OUTCOMES)[number];

export const OBSERVATION_OUTCOME_LABELS: Record<ObservationOutcome, string> = {
  positive: 'Went well',
  neutral: 'Calm',
  tense: 'Tense',
  fight: 'Fight',
};

/** What a foster may tick after a meeting; stored as text in `introduction_observations.behaviours`. */
export const OBSERVATION_BEHAVIOURS = [
  'sniffing',
  'mutual_grooming',
  'play_wrestling',
  'pinning',
  'boxing',
  'chasing',
  'puffing_up',
  'hissing_or_squeaking',
  'blood_drawn',
  'sleeping_together',
] as const;
export type ObservationBehaviour = (typeof OBSERVATION_BEHAVIOURS)[number];

export const OBSERVATION_BEHAVIOUR_LABELS: Record<ObservationBehaviour, string> = {
  sniffing: 'Sniffing',
  mutual_grooming: 'Mutual grooming',
  play_wrestling: 'Play wrestling',
  pinning: 'Pinning',
  boxing: 'Boxing',
  chasing: 'Chasing',
  puffing_up: 'Puffing up',
  hissing_or_squeaking: 'Hissing or squeaking',
  blood_drawn: 'Blood drawn',
  sleeping_together: 'Sleeping together',
};

export const HEALTH_EVENT_KINDS = [
  'weight',
  'health_check',
  'vet_visit',
  'illness',
  'medication',
  'neuter',
  'neuter_review',
  'death',
] as const;
export type HealthEventKind = (typeof HEALTH_EVENT_KINDS)[number];

export const SYMPTOMS = [
  'sneezing',
  'respiratory_noise',
  'porphyrin',
  'lethargy',
  'lump',
  'wound',
  'weight_loss',
  'diarrhoea',
  'head_tilt',
  'hair_loss_or_scabs',
  'not_eating',
  'other',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const ADOPTER_APPROVALS = ['applied', 'approved', 'declined', 'withdrawn'] as const;
export type AdopterApproval = (typeof ADOPTER_APPROVALS)[number];

/** A planned pairing: planned, then put together (the doe goes on pregnancy watch), or cancelled. */
export const PLANNED_PAIRING_STATUSES = ['planned', 'together', 'cancelled'] as const;
export type PlannedPairingStatus = (typeof PLANNED_PAIRING_STATUSES)[number];

export const PAIR_PROPOSAL_STATUSES = ['proposed', 'trial', 'approved', 'rejected', 'adopted'] as const;
export type PairProposalStatus = (typeof PAIR_PROPOSAL_STATUSES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'status_change', 'move', 'sign_in'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Turns `owner_surrender` into `Owner surrender` for lists that have no hand-written label. */
export function humanize(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Statuses of a rat the rescue is caring for (alerts, handling and capacity count these). */
export const IN_CARE_STATUSES = ['intake', 'in_care', 'available', 'reserved', 'returned'] as const satisfies readonly RatStatus[];

/** Statuses of a rat that has left the rescue's care for good or to a new home. */
export const LEFT_CARE_STATUSES = ['adopted', 'transferred', 'deceased'] as const satisfies readonly RatStatus[];
