import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ADOPTER_APPROVALS,
  AUDIT_ACTIONS,
  BACKGROUND_CAUSES,
  BITE_GRADES,
  BITE_RISKS,
  EXPERIENCE_LEVELS,
  FEAR_TRIGGERS,
  FOSTER_ACCEPTS,
  HANDLING_TECHNIQUES,
  HEALTH_EVENT_KINDS,
  INCIDENT_KINDS,
  INTAKE_SOURCE_TYPES,
  INTRODUCTION_METHODS,
  INTRODUCTION_SIDES,
  INTRODUCTION_STAGES,
  INTRODUCTION_STATUSES,
  OBSERVATION_OUTCOMES,
  OTHER_PETS,
  PAIR_PROPOSAL_STATUSES,
  PLANNED_PAIRING_STATUSES,
  POSITIVE_SIGNS,
  QUARANTINE_REASONS,
  RAT_STATUSES,
  ROLES,
  SEXES,
  STRESS_SIGNS,
  SYMPTOMS,
  TEMPERAMENT_CATEGORIES,
  WATCH_KINDS,
  WATCH_OUTCOMES,
} from '../lib/domain/vocabulary';

// ---------------------------------------------------------------------------------------------
// Enums: built from the `as const` lists in lib/domain so zod, the UI and the database agree.
// ---------------------------------------------------------------------------------------------
export const roleEnum = pgEnum('role', ROLES);
export const sexEnum = pgEnum('sex', SEXES);
export const ratStatusEnum = pgEnum('rat_status', RAT_STATUSES);
export const intakeSourceTypeEnum = pgEnum('intake_source_type', INTAKE_SOURCE_TYPES);
export const experienceLevelEnum = pgEnum('experience_level', EXPERIENCE_LEVELS);
export const otherPetEnum = pgEnum('other_pet', OTHER_PETS);
export const fosterAcceptsEnum = pgEnum('foster_accepts', FOSTER_ACCEPTS);
export const handlingTechniqueEnum = pgEnum('handling_technique', HANDLING_TECHNIQUES);
export const positiveSignEnum = pgEnum('positive_sign', POSITIVE_SIGNS);
export const stressSignEnum = pgEnum('stress_sign', STRESS_SIGNS);
export const biteGradeEnum = pgEnum('bite_grade', BITE_GRADES);
export const incidentKindEnum = pgEnum('incident_kind', INCIDENT_KINDS);
export const biteRiskEnum = pgEnum('bite_risk', BITE_RISKS);
export const backgroundCauseEnum = pgEnum('background_cause', BACKGROUND_CAUSES);
export const fearTriggerEnum = pgEnum('fear_trigger', FEAR_TRIGGERS);
export const temperamentCategoryEnum = pgEnum('temperament_category', TEMPERAMENT_CATEGORIES);
export const quarantineReasonEnum = pgEnum('quarantine_reason', QUARANTINE_REASONS);
export const watchKindEnum = pgEnum('watch_kind', WATCH_KINDS);
export const watchOutcomeEnum = pgEnum('watch_outcome', WATCH_OUTCOMES);
export const introductionMethodEnum = pgEnum('introduction_method', INTRODUCTION_METHODS);
export const introductionStageEnum = pgEnum('introduction_stage', INTRODUCTION_STAGES);
export const introductionStatusEnum = pgEnum('introduction_status', INTRODUCTION_STATUSES);
export const introductionSideEnum = pgEnum('introduction_side', INTRODUCTION_SIDES);
export const observationOutcomeEnum = pgEnum('observation_outcome', OBSERVATION_OUTCOMES);
export const healthEventKindEnum = pgEnum('health_event_kind', HEALTH_EVENT_KINDS);
export const symptomEnum = pgEnum('symptom', SYMPTOMS);
export const adopterApprovalEnum = pgEnum('adopter_approval', ADOPTER_APPROVALS);
export const pairProposalStatusEnum = pgEnum('pair_proposal_status', PAIR_PROPOSAL_STATUSES);
export const auditActionEnum = pgEnum('audit_action', AUDIT_ACTIONS);
export const plannedPairingStatusEnum = pgEnum('planned_pairing_status', PLANNED_PAIRING_STATUSES);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();
const emptyArray = sql`'{}'`;

// ---------------------------------------------------------------------------------------------
// People and homes
// ---------------------------------------------------------------------------------------------
export const fosterHomes = pgTable(
  'foster_homes',
  {
    id: id(),
    name: text('name').notNull(),
    contactName: text('contact_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    area: text('area').notNull(),
    capacityRats: integer('capacity_rats').notNull(),
    capacityCages: integer('capacity_cages').notNull(),
    canQuarantine: boolean('can_quarantine').notNull().default(false),
    otherPets: otherPetEnum('other_pets').array().notNull().default(emptyArray),
    hasChildren: boolean('has_children').notNull().default(false),
    experienceLevel: experienceLevelEnum('experience_level').notNull().default('new'),
    accepts: fosterAcceptsEnum('accepts').array().notNull().default(emptyArray),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('foster_homes_name_key').on(sql`lower(${t.name})`),
    check('foster_homes_capacity_rats_check', sql`${t.capacityRats} >= 0`),
    check('foster_homes_capacity_cages_check', sql`${t.capacityCages} >= 0`),
    check('foster_homes_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    active: boolean('active').notNull().default(true),
    /** Only a foster is linked to a home; the link scopes everything the foster can see. */
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id, { onDelete: 'restrict' }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Carried in the session cookie; bumping it ends every session the user holds. */
    sessionVersion: integer('session_version').notNull().default(0),
    /** Set by an admin's reset: the one-time password must be replaced at the next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    check('users_foster_home_only_for_fosters', sql`${t.fosterHomeId} is null or ${t.role} = 'foster'`),
    check('users_email_check', sql`position('@' in ${t.email}) > 1`),
    index('users_foster_home_idx').on(t.fosterHomeId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Rats, intakes, litters, status history, photos
// ---------------------------------------------------------------------------------------------
export const intakes = pgTable(
  'intakes',
  {
    id: id(),
    intakeDate: date('intake_date', { mode: 'string' }).notNull(),
    sourceType: intakeSourceTypeEnum('source_type').notNull(),
    sourceDetails: text('source_details'),
    reason: text('reason'),
    mixedSex: boolean('mixed_sex').notNull().default(false),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('intakes_date_idx').on(t.intakeDate)],
);

/** One row per year: the last rescue code number handed out, so codes never repeat or skip. */
export const ratCodeCounters = pgTable(
  'rat_code_counters',
  {
    year: integer('year').primaryKey(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [check('rat_code_counters_last_number_check', sql`${t.lastNumber} >= 0`)],
);

export const litters = pgTable(
  'litters',
  {
    id: id(),
    damId: integer('dam_id')
      .notNull()
      .references((): AnyPgColumn => rats.id),
    sireId: integer('sire_id').references((): AnyPgColumn => rats.id),
    bornOn: date('born_on', { mode: 'string' }).notNull(),
    aliveCount: integer('alive_count').notNull(),
    deadCount: integer('dead_count').notNull().default(0),
    intakeId: integer('intake_id').references(() => intakes.id),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('litters_alive_count_check', sql`${t.aliveCount} >= 0`),
    check('litters_dead_count_check', sql`${t.deadCount} >= 0`),
    check('litters_some_kittens_check', sql`${t.aliveCount} + ${t.deadCount} > 0`),
    index('litters_dam_idx').on(t.damId),
  ],
);

export const rats = pgTable(
  'rats',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sex: sexEnum('sex').notNull(),
    neuteredOn: date('neutered_on', { mode: 'string' }),
    birthDate: date('birth_date', { mode: 'string' }),
    birthDateEstimated: boolean('birth_date_estimated').notNull().default(true),
    variety: text('variety'),
    markings: text('markings'),
    damId: integer('dam_id').references((): AnyPgColumn => rats.id),
    sireId: integer('sire_id').references((): AnyPgColumn => rats.id),
    /** A parent from an outside line, recorded as an ancestor only (never in care). */
    outsideDamId: integer('outside_dam_id').references((): AnyPgColumn => pedigreeAncestors.id),
    outsideSireId: integer('outside_sire_id').references((): AnyPgColumn => pedigreeAncestors.id),
    intakeId: integer('intake_id').references(() => intakes.id),
    litterId: integer('litter_id').references((): AnyPgColumn => litters.id),
    status: ratStatusEnum('status').notNull().default('intake'),
    notes: text('notes'),
    /** A coordinator may declare a shy rat ready below the ready step, with a reason. */
    readinessOverrideReason: text('readiness_override_reason'),
    readinessOverrideBy: integer('readiness_override_by').references(() => users.id),
    readinessOverrideAt: timestamp('readiness_override_at', { withTimezone: true }),
    /** Optimistic concurrency: an edit must carry the version it was based on. */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('rats_code_key').on(t.code),
    index('rats_status_idx').on(t.status),
    index('rats_name_idx').on(sql`lower(${t.name})`),
    index('rats_intake_idx').on(t.intakeId),
    index('rats_litter_idx').on(t.litterId),
    check('rats_code_format_check', sql`${t.code} ~ '^R-[0-9]{4}-[0-9]{4,}$'`),
    check('rats_name_check', sql`length(trim(${t.name})) > 0`),
    check('rats_not_own_parent_check', sql`${t.damId} is distinct from ${t.id} and ${t.sireId} is distinct from ${t.id}`),
    check('rats_one_dam_check', sql`${t.damId} is null or ${t.outsideDamId} is null`),
    check('rats_one_sire_check', sql`${t.sireId} is null or ${t.outsideSireId} is null`),
    index('rats_dam_idx').on(t.damId),
    index('rats_sire_idx').on(t.sireId),
    check('rats_neutered_after_birth_check', sql`${t.neuteredOn} is null or ${t.birthDate} is null or ${t.neuteredOn} >= ${t.birthDate}`),
    check('rats_readiness_override_check', sql`${t.readinessOverrideReason} is null or length(trim(${t.readinessOverrideReason})) > 0`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Breeding: outside ancestors, planned pairings, the rattery
// ---------------------------------------------------------------------------------------------
/**
 * Ancestors from outside lines: name, variety, rattery and date of birth, recorded for pedigrees
 * only. They are never rats in care, so rescue lists, alerts and counts never see them.
 */
export const pedigreeAncestors = pgTable(
  'pedigree_ancestors',
  {
    id: id(),
    name: text('name').notNull(),
    sex: sexEnum('sex').notNull(),
    variety: text('variety'),
    rattery: text('rattery'),
    birthDate: date('birth_date', { mode: 'string' }),
    damId: integer('dam_id').references((): AnyPgColumn => pedigreeAncestors.id),
    sireId: integer('sire_id').references((): AnyPgColumn => pedigreeAncestors.id),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('pedigree_ancestors_name_check', sql`length(trim(${t.name})) > 0`),
    check('pedigree_ancestors_not_own_parent_check', sql`${t.damId} is distinct from ${t.id} and ${t.sireId} is distinct from ${t.id}`),
    index('pedigree_ancestors_name_idx').on(sql`lower(${t.name})`),
  ],
);

export const plannedPairings = pgTable(
  'planned_pairings',
  {
    id: id(),
    doeId: integer('doe_id')
      .notNull()
      .references(() => rats.id),
    buckId: integer('buck_id')
      .notNull()
      .references(() => rats.id),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    goals: text('goals'),
    status: plannedPairingStatusEnum('status').notNull().default('planned'),
    togetherOn: date('together_on', { mode: 'string' }),
    watchId: integer('watch_id').references(() => watches.id),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('planned_pairings_two_rats_check', sql`${t.doeId} <> ${t.buckId}`),
    check('planned_pairings_together_check', sql`(${t.status} = 'together') = (${t.togetherOn} is not null)`),
    index('planned_pairings_doe_idx').on(t.doeId),
    index('planned_pairings_buck_idx').on(t.buckId),
  ],
);

/** The rattery's name and the prefix its kittens' names start with (one row). */
export const rattery = pgTable(
  'rattery',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull().default(''),
    kittenPrefix: text('kitten_prefix').notNull().default(''),
    updatedBy: integer('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [check('rattery_one_row_check', sql`${t.id} = 1`)],
);

export const ratStatusChanges = pgTable(
  'rat_status_changes',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    fromStatus: ratStatusEnum('from_status'),
    toStatus: ratStatusEnum('to_status').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: integer('changed_by').references(() => users.id),
    reason: text('reason').notNull(),
    ...timestamps,
  },
  (t) => [
    index('rat_status_changes_rat_idx').on(t.ratId, t.changedAt),
    check('rat_status_changes_differs_check', sql`${t.fromStatus} is distinct from ${t.toStatus}`),
  ],
);

export const ratPhotos = pgTable(
  'rat_photos',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    caption: text('caption'),
    isMain: boolean('is_main').notNull().default(false),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('rat_photos_rat_idx').on(t.ratId),
    uniqueIndex('rat_photos_one_main_key').on(t.ratId).where(sql`${t.isMain}`),
    check('rat_photos_content_type_check', sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp')`),
    check('rat_photos_bytes_check', sql`${t.bytes} > 0`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Where rats live: placements in homes, cage groups and their membership history
// ---------------------------------------------------------------------------------------------
export const placements = pgTable(
  'placements',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    fosterHomeId: integer('foster_home_id')
      .notNull()
      .references(() => fosterHomes.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    reason: text('reason').notNull(),
    endReason: text('end_reason'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('placements_end_after_start_check', sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
    /** A rat lives in one home at a time: at most one open placement. */
    uniqueIndex('placements_one_open_per_rat_key').on(t.ratId).where(sql`${t.endedAt} is null`),
    index('placements_open_by_home_idx').on(t.fosterHomeId).where(sql`${t.endedAt} is null`),
    index('placements_rat_idx').on(t.ratId, t.startedAt),
  ],
);

export const cageGroups = pgTable(
  'cage_groups',
  {
    id: id(),
    name: text('name').notNull(),
    /** Null while the group waits for its first home (a fresh intake not yet placed). */
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
    intakeId: integer('intake_id').references(() => intakes.id),
    notes: text('notes'),
    dissolvedAt: timestamp('dissolved_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('cage_groups_home_idx').on(t.fosterHomeId).where(sql`${t.dissolvedAt} is null`),
    check('cage_groups_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const cageGroupMemberships = pgTable(
  'cage_group_memberships',
  {
    id: id(),
    cageGroupId: integer('cage_group_id')
      .notNull()
      .references(() => cageGroups.id),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    reason: text('reason'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('cage_group_memberships_left_after_joined_check', sql`${t.leftAt} is null or ${t.leftAt} >= ${t.joinedAt}`),
    /** A rat lives in one cage at a time. */
    uniqueIndex('cage_group_memberships_one_open_per_rat_key').on(t.ratId).where(sql`${t.leftAt} is null`),
    index('cage_group_memberships_open_by_group_idx').on(t.cageGroupId).where(sql`${t.leftAt} is null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Socialisation: handling sessions, incidents, temperament assessments
// ---------------------------------------------------------------------------------------------
export const handlingSessions = pgTable(
  'handling_sessions',
  {
    id: id(),
    /** One log covering several rats stores one row per rat sharing this id. */
    batchId: uuid('batch_id').notNull(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
    loggedBy: integer('logged_by').references(() => users.id),
    sessionAt: timestamp('session_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    techniques: handlingTechniqueEnum('techniques').array().notNull().default(emptyArray),
    highestStep: smallint('highest_step').notNull(),
    positiveSigns: positiveSignEnum('positive_signs').array().notNull().default(emptyArray),
    stressSigns: stressSignEnum('stress_signs').array().notNull().default(emptyArray),
    biteGrade: biteGradeEnum('bite_grade').notNull().default('none'),
    confidence: smallint('confidence').notNull(),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    check('handling_sessions_duration_check', sql`${t.durationMinutes} between 1 and 480`),
    check('handling_sessions_step_check', sql`${t.highestStep} between 0 and 8`),
    check('handling_sessions_confidence_check', sql`${t.confidence} between 1 and 5`),
    uniqueIndex('handling_sessions_batch_rat_key').on(t.batchId, t.ratId),
    index('handling_sessions_rat_time_idx').on(t.ratId, t.sessionAt),
    index('handling_sessions_home_time_idx').on(t.fosterHomeId, t.sessionAt),
  ],
);

export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    kind: incidentKindEnum('kind').notNull().default('bite'),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    handlingSessionId: integer('handling_session_id').references(() => handlingSessions.id, { onDelete: 'cascade' }),
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
    biteGrade: biteGradeEnum('bite_grade').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    description: text('description'),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('incidents_bite_grade_check', sql`${t.biteGrade} in ('bite', 'severe')`),
    index('incidents_time_idx').on(t.occurredAt),
    index('incidents_rat_idx').on(t.ratId),
  ],
);

export const temperamentAssessments = pgTable(
  'temperament_assessments',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    assessedBy: integer('assessed_by').references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
    /** The scale the scores were made on; changing the form later never rewrites old rows. */
    scaleVersion: smallint('scale_version').notNull().default(1),
    scaleMax: smallint('scale_max').notNull().default(5),
    approach: smallint('approach').notNull(),
    handlingTolerance: smallint('handling_tolerance').notNull(),
    newSpaceConfidence: smallint('new_space_confidence').notNull(),
    ratSociability: smallint('rat_sociability').notNull(),
    biteRisk: biteRiskEnum('bite_risk').notNull(),
    backgroundCauses: backgroundCauseEnum('background_causes').array().notNull().default(emptyArray),
    fearTriggers: fearTriggerEnum('fear_triggers').array().notNull().default(emptyArray),
    category: temperamentCategoryEnum('category').notNull(),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    check(
      'temperament_assessments_scores_check',
      sql`${t.scaleMax} >= 2 and ${t.approach} between 1 and ${t.scaleMax} and ${t.handlingTolerance} between 1 and ${t.scaleMax} and ${t.newSpaceConfidence} between 1 and ${t.scaleMax} and ${t.ratSociability} between 1 and ${t.scaleMax}`,
    ),
    index('temperament_assessments_rat_idx').on(t.ratId, t.assessedAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Safety: quarantine periods and cohorts, watches
// ---------------------------------------------------------------------------------------------
/** Rats that arrived together into the same quarantine: they may share a cage and meet. */
export const quarantineCohorts = pgTable('quarantine_cohorts', {
  id: id(),
  label: text('label').notNull(),
  intakeId: integer('intake_id').references(() => intakes.id),
  fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
  ...timestamps,
});

export const quarantines = pgTable(
  'quarantines',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    reason: quarantineReasonEnum('reason').notNull(),
    cohortId: integer('cohort_id').references(() => quarantineCohorts.id),
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
    airspace: text('airspace'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    plannedEndOn: date('planned_end_on', { mode: 'string' }).notNull(),
    /** Set when a symptom restarted the clock: the symptom date the planned end now runs from. */
    restartedOn: date('restarted_on', { mode: 'string' }),
    restartReason: text('restart_reason'),
    endedOn: date('ended_on', { mode: 'string' }),
    releasedBy: integer('released_by').references(() => users.id),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    check('quarantines_planned_end_check', sql`${t.plannedEndOn} >= ${t.startedOn}`),
    check('quarantines_ended_check', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('quarantines_restart_check', sql`${t.restartedOn} is null or ${t.restartedOn} >= ${t.startedOn}`),
    uniqueIndex('quarantines_one_open_per_rat_key').on(t.ratId).where(sql`${t.endedOn} is null`),
    index('quarantines_open_idx').on(t.plannedEndOn).where(sql`${t.endedOn} is null`),
    index('quarantines_cohort_idx').on(t.cohortId),
  ],
);

export const watches = pgTable(
  'watches',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    kind: watchKindEnum('kind').notNull(),
    litterId: integer('litter_id').references(() => litters.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: watchOutcomeEnum('outcome'),
    outcomeNotes: text('outcome_notes'),
    createdBy: integer('created_by').references(() => users.id),
    closedBy: integer('closed_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('watches_due_check', sql`${t.dueOn} >= ${t.startedOn}`),
    check('watches_closed_check', sql`(${t.closedOn} is null) = (${t.outcome} is null)`),
    check('watches_closed_after_start_check', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.startedOn}`),
    uniqueIndex('watches_one_open_per_kind_key').on(t.ratId, t.kind).where(sql`${t.closedOn} is null`),
    index('watches_open_due_idx').on(t.dueOn).where(sql`${t.closedOn} is null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Introductions
// ---------------------------------------------------------------------------------------------
export const introductions = pgTable(
  'introductions',
  {
    id: id(),
    method: introductionMethodEnum('method').notNull(),
    stage: introductionStageEnum('stage').notNull().default('scent_swap'),
    status: introductionStatusEnum('status').notNull().default('planned'),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    /** The person running the meetings (usually the foster of the home). */
    runBy: integer('run_by').references(() => users.id),
    /** Set when the plan went ahead despite warnings: the coordinator's reason, kept with the warnings. */
    warningsAcceptedReason: text('warnings_accepted_reason'),
    acceptedWarnings: text('accepted_warnings').array().notNull().default(emptyArray),
    /** The sides live in different homes and will move to this introduction's home. */
    movePlanned: boolean('move_planned').notNull().default(false),
    /** When the current stage began: the board shows days in stage. */
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The cage group the bonded rats now share. */
    mergedCageGroupId: integer('merged_cage_group_id').references(() => cageGroups.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('introductions_ended_check', sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('introductions_bonded_stage_check', sql`${t.status} <> 'bonded' or ${t.stage} = 'bonded'`),
    index('introductions_status_idx').on(t.status),
    index('introductions_home_idx').on(t.fosterHomeId, t.status),
  ],
);

export const introductionParticipants = pgTable(
  'introduction_participants',
  {
    introductionId: integer('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    side: introductionSideEnum('side').notNull(),
    cageGroupId: integer('cage_group_id').references(() => cageGroups.id),
  },
  (t) => [
    primaryKey({ columns: [t.introductionId, t.ratId] }),
    index('introduction_participants_rat_idx').on(t.ratId),
  ],
);

export const introductionObservations = pgTable(
  'introduction_observations',
  {
    id: id(),
    introductionId: integer('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
    stage: introductionStageEnum('stage').notNull(),
    outcome: observationOutcomeEnum('outcome').notNull(),
    durationMinutes: integer('duration_minutes'),
    behaviours: text('behaviours').array().notNull().default(emptyArray),
    injuries: boolean('injuries').notNull().default(false),
    notes: text('notes'),
    recordedBy: integer('recorded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('introduction_observations_duration_check', sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 1440`),
    index('introduction_observations_intro_idx').on(t.introductionId, t.observedAt),
  ],
);

/** Every stage or status change of an introduction, forwards, back or skipped, with who and why. */
export const introductionStageChanges = pgTable(
  'introduction_stage_changes',
  {
    id: id(),
    introductionId: integer('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    fromStage: introductionStageEnum('from_stage'),
    toStage: introductionStageEnum('to_stage').notNull(),
    fromStatus: introductionStatusEnum('from_status'),
    toStatus: introductionStatusEnum('to_status').notNull(),
    reason: text('reason'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: integer('changed_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('introduction_stage_changes_intro_idx').on(t.introductionId, t.changedAt)],
);

// ---------------------------------------------------------------------------------------------
// Health
// ---------------------------------------------------------------------------------------------
export const healthEvents = pgTable(
  'health_events',
  {
    id: id(),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id, { onDelete: 'cascade' }),
    kind: healthEventKindEnum('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    weightGrams: integer('weight_grams'),
    symptoms: symptomEnum('symptoms').array().notNull().default(emptyArray),
    vetClinic: text('vet_clinic'),
    diagnosis: text('diagnosis'),
    medication: text('medication'),
    dose: text('dose'),
    courseStartOn: date('course_start_on', { mode: 'string' }),
    courseEndOn: date('course_end_on', { mode: 'string' }),
    /** Rat Grimace Scale action units, each 0-2. */
    grimaceOrbital: smallint('grimace_orbital'),
    grimaceNoseCheek: smallint('grimace_nose_cheek'),
    grimaceEars: smallint('grimace_ears'),
    grimaceWhiskers: smallint('grimace_whiskers'),
    causeOfDeath: text('cause_of_death'),
    notes: text('notes'),
    recordedBy: integer('recorded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('health_events_weight_check', sql`${t.weightGrams} is null or ${t.weightGrams} between 1 and 2000`),
    check('health_events_weight_required_check', sql`${t.kind} <> 'weight' or ${t.weightGrams} is not null`),
    check('health_events_course_check', sql`${t.courseEndOn} is null or ${t.courseStartOn} is null or ${t.courseEndOn} >= ${t.courseStartOn}`),
    check(
      'health_events_grimace_check',
      sql`coalesce(${t.grimaceOrbital}, 0) between 0 and 2 and coalesce(${t.grimaceNoseCheek}, 0) between 0 and 2 and coalesce(${t.grimaceEars}, 0) between 0 and 2 and coalesce(${t.grimaceWhiskers}, 0) between 0 and 2`,
    ),
    index('health_events_rat_idx').on(t.ratId, t.occurredOn),
    index('health_events_kind_idx').on(t.kind, t.occurredOn),
  ],
);

// ---------------------------------------------------------------------------------------------
// Adopters, adoptions, pair proposals
// ---------------------------------------------------------------------------------------------
export const adopters = pgTable(
  'adopters',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    area: text('area'),
    household: text('household'),
    existingRatsCount: integer('existing_rats_count').notNull().default(0),
    existingRatsFemales: integer('existing_rats_females').notNull().default(0),
    existingRatsMales: integer('existing_rats_males').notNull().default(0),
    existingRatsNeuteredMales: integer('existing_rats_neutered_males').notNull().default(0),
    cageSize: text('cage_size'),
    otherPets: otherPetEnum('other_pets').array().notNull().default(emptyArray),
    hasChildren: boolean('has_children').notNull().default(false),
    experience: experienceLevelEnum('experience').notNull().default('new'),
    approval: adopterApprovalEnum('approval').notNull().default('applied'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    notes: text('notes'),
    /** The application in the adopter's words: what they know of rats, what they hope for. */
    experienceNotes: text('experience_notes'),
    preferences: text('preferences'),
    /** The last approval decision (approved, declined, withdrawn): who made it, when and why. */
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    /** Set when the application came through the public form: when it was sent. */
    appliedOnlineAt: timestamp('applied_online_at', { withTimezone: true }),
    /** The public listing the adopter applied for (null: a general application). */
    appliedForListingId: integer('applied_for_listing_id').references((): AnyPgColumn => publicListings.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('adopters_name_idx').on(sql`lower(${t.name})`),
    index('adopters_applied_online_idx').on(t.appliedOnlineAt).where(sql`${t.appliedOnlineAt} is not null`),
    check(
      'adopters_existing_rats_check',
      sql`${t.existingRatsCount} >= 0 and ${t.existingRatsFemales} >= 0 and ${t.existingRatsMales} >= 0 and ${t.existingRatsNeuteredMales} >= 0 and ${t.existingRatsFemales} + ${t.existingRatsMales} + ${t.existingRatsNeuteredMales} <= ${t.existingRatsCount}`,
    ),
    index('adopters_approval_idx').on(t.approval),
  ],
);

export const adoptions = pgTable(
  'adoptions',
  {
    id: id(),
    adopterId: integer('adopter_id')
      .notNull()
      .references(() => adopters.id),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    /** In minor units (pence/cents) so sums are exact. */
    feeCents: integer('fee_cents').notNull().default(0),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    /** Why a coordinator confirmed the adoption although it leaves a rat behind alone. */
    leftAloneReason: text('left_alone_reason'),
    ...timestamps,
  },
  (t) => [check('adoptions_fee_check', sql`${t.feeCents} >= 0`), index('adoptions_date_idx').on(t.adoptedOn)],
);

export const adoptionRats = pgTable(
  'adoption_rats',
  {
    adoptionId: integer('adoption_id')
      .notNull()
      .references(() => adoptions.id, { onDelete: 'cascade' }),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id),
    returnedOn: date('returned_on', { mode: 'string' }),
    returnReason: text('return_reason'),
    returnRecordedBy: integer('return_recorded_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.adoptionId, t.ratId] }),
    index('adoption_rats_rat_idx').on(t.ratId),
    check('adoption_rats_return_reason_check', sql`${t.returnedOn} is null or ${t.returnReason} is not null`),
  ],
);

export const pairProposals = pgTable(
  'pair_proposals',
  {
    id: id(),
    status: pairProposalStatusEnum('status').notNull().default('proposed'),
    score: integer('score').notNull(),
    /** The weighted reasons behind the score, as shown to the coordinator when proposed. */
    reasons: jsonb('reasons').$type<Array<{ label: string; weight: number }>>().notNull().default([]),
    introductionId: integer('introduction_id').references(() => introductions.id),
    adoptionId: integer('adoption_id').references(() => adoptions.id),
    adopterId: integer('adopter_id').references(() => adopters.id),
    notes: text('notes'),
    proposedBy: integer('proposed_by').references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('pair_proposals_status_idx').on(t.status)],
);

export const pairProposalRats = pgTable(
  'pair_proposal_rats',
  {
    pairProposalId: integer('pair_proposal_id')
      .notNull()
      .references(() => pairProposals.id, { onDelete: 'cascade' }),
    ratId: integer('rat_id')
      .notNull()
      .references(() => rats.id),
  },
  (t) => [primaryKey({ columns: [t.pairProposalId, t.ratId] }), index('pair_proposal_rats_rat_idx').on(t.ratId)],
);

// ---------------------------------------------------------------------------------------------
// Public listing: units offered to adopters, the public page's settings, the application limit
// ---------------------------------------------------------------------------------------------
/**
 * A bonded cage group, or a single rat to join a home that already has rats, as a coordinator
 * offers it on the public pages. The row outlives unlisting, so the unit keeps its public id
 * and its text when listed again. Whether it shows is decided when read: only while every rat
 * in it is available (see lib/domain/public-listing.ts).
 */
export const publicListings = pgTable(
  'public_listings',
  {
    id: id(),
    cageGroupId: integer('cage_group_id').references(() => cageGroups.id, { onDelete: 'cascade' }),
    ratId: integer('rat_id').references(() => rats.id, { onDelete: 'cascade' }),
    listed: boolean('listed').notNull().default(false),
    /** The words adopters read, written by a coordinator; nothing else free-typed goes out. */
    text: text('text').notNull().default(''),
    /** A single rat is offered only to join a home that already has rats. */
    joinsResidentRats: boolean('joins_resident_rats').notNull().default(false),
    listedAt: timestamp('listed_at', { withTimezone: true }),
    listedBy: integer('listed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('public_listings_one_unit_check', sql`(${t.cageGroupId} is null) <> (${t.ratId} is null)`),
    uniqueIndex('public_listings_cage_group_key').on(t.cageGroupId).where(sql`${t.cageGroupId} is not null`),
    uniqueIndex('public_listings_rat_key').on(t.ratId).where(sql`${t.ratId} is not null`),
    index('public_listings_listed_idx').on(t.listed).where(sql`${t.listed}`),
  ],
);

/** What the public pages say about the rescue (one row): its name and the adoption fee per rat. */
export const publicProfile = pgTable(
  'public_profile',
  {
    id: integer('id').primaryKey().default(1),
    rescueName: text('rescue_name').notNull().default(''),
    /** In minor units (pence/cents), per rat: a pair costs twice this. */
    feePerRatCents: integer('fee_per_rat_cents').notNull().default(0),
    updatedBy: integer('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [check('public_profile_one_row_check', sql`${t.id} = 1`), check('public_profile_fee_check', sql`${t.feePerRatCents} >= 0`)],
);

/**
 * Applications sent from the public form, one row each, by the address they came from. Kept in
 * the database so the limit holds across restarts and across instances.
 */
export const publicApplicationAttempts = pgTable(
  'public_application_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    address: text('address').notNull(),
  },
  (t) => [index('public_application_attempts_address_idx').on(t.address, t.at)],
);

// ---------------------------------------------------------------------------------------------
// Settings and audit
// ---------------------------------------------------------------------------------------------
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  ...timestamps,
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    action: auditActionEnum('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    /** Denormalised so a rat's or a home's history is one indexed read. */
    ratId: integer('rat_id').references(() => rats.id, { onDelete: 'set null' }),
    fosterHomeId: integer('foster_home_id').references(() => fosterHomes.id, { onDelete: 'set null' }),
    summary: text('summary').notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_rat_idx').on(t.ratId, t.at),
    index('audit_log_home_idx').on(t.fosterHomeId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);

// ---------------------------------------------------------------------------------------------
// Account security

/**
 * Failed sign-ins, one row per failure, by the email typed and by the address it came from.
 * Kept in the database so the limit holds across restarts and across instances.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    email: text('email').notNull(),
    address: text('address').notNull(),
  },
  (t) => [index('sign_in_failures_email_idx').on(t.email, t.at), index('sign_in_failures_address_idx').on(t.address, t.at)],
);

/**
 * Every form carries a key made when it rendered; a write records its key here in the same
 * transaction, so a double tap or a retried request writes once.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: uuid('key').notNull(),
    action: text('action').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** What the first request answered, so a repeat can answer the same. */
    result: jsonb('result').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.action] })],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type FosterHome = typeof fosterHomes.$inferSelect;
export type NewFosterHome = typeof fosterHomes.$inferInsert;
export type Rat = typeof rats.$inferSelect;
export type NewRat = typeof rats.$inferInsert;
export type Intake = typeof intakes.$inferSelect;
export type Placement = typeof placements.$inferSelect;
export type CageGroup = typeof cageGroups.$inferSelect;
export type HandlingSession = typeof handlingSessions.$inferSelect;
export type NewHandlingSession = typeof handlingSessions.$inferInsert;
export type TemperamentAssessment = typeof temperamentAssessments.$inferSelect;
export type Quarantine = typeof quarantines.$inferSelect;
export type Watch = typeof watches.$inferSelect;
export type Litter = typeof litters.$inferSelect;
export type Introduction = typeof introductions.$inferSelect;
export type HealthEvent = typeof healthEvents.$inferSelect;
export type Adopter = typeof adopters.$inferSelect;
export type Adoption = typeof adoptions.$inferSelect;
export type PairProposal = typeof pairProposals.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type PedigreeAncestor = typeof pedigreeAncestors.$inferSelect;
export type PlannedPairing = typeof plannedPairings.$inferSelect;
export type PublicListing = typeof publicListings.$inferSelect;
