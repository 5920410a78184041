CREATE TYPE "public"."adopter_approval" AS ENUM('applied', 'approved', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'status_change', 'move', 'sign_in');--> statement-breakpoint
CREATE TYPE "public"."background_cause" AS ENUM('lack_of_early_handling', 'poor_handling_or_trauma', 'hormonal', 'stressful_environment');--> statement-breakpoint
CREATE TYPE "public"."bite_grade" AS ENUM('none', 'mouthing', 'nip', 'bite', 'severe');--> statement-breakpoint
CREATE TYPE "public"."bite_risk" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."experience_level" AS ENUM('new', 'some', 'experienced');--> statement-breakpoint
CREATE TYPE "public"."fear_trigger" AS ENUM('hands_in_cage', 'picked_up_from_above', 'loud_noises', 'rustling', 'other_animals_smell', 'childrens_voices', 'sudden_movement', 'being_restrained', 'new_places');--> statement-breakpoint
CREATE TYPE "public"."foster_accepts" AS ENUM('biters', 'hormonal_males', 'medical', 'litters', 'quarantine');--> statement-breakpoint
CREATE TYPE "public"."handling_technique" AS ENUM('treat_from_fingers', 'spoon_soft_food', 'scent', 'talking_or_singing', 'sitting_by_open_cage', 'neutral_space', 'trail_of_treats', 'hands_off_climbing', 'scoop_from_below', 'portable_hidey_hole', 'bonding_pouch', 'stroking_grooming', 'clicker_training', 'tickling');--> statement-breakpoint
CREATE TYPE "public"."health_event_kind" AS ENUM('weight', 'health_check', 'vet_visit', 'illness', 'medication', 'neuter', 'neuter_review', 'death');--> statement-breakpoint
CREATE TYPE "public"."incident_kind" AS ENUM('bite');--> statement-breakpoint
CREATE TYPE "public"."intake_source_type" AS ENUM('owner_surrender', 'stray', 'seizure', 'hoarding', 'transfer', 'breeder_return', 'pet_shop', 'born_in_care', 'other');--> statement-breakpoint
CREATE TYPE "public"."introduction_method" AS ENUM('gradual_neutral_space', 'carrier_method', 'small_cage', 'cage_swap', 'other');--> statement-breakpoint
CREATE TYPE "public"."introduction_side" AS ENUM('a', 'b');--> statement-breakpoint
CREATE TYPE "public"."introduction_stage" AS ENUM('scent_swap', 'side_by_side', 'neutral_meeting', 'carrier', 'small_cage', 'full_cage', 'bonded');--> statement-breakpoint
CREATE TYPE "public"."introduction_status" AS ENUM('planned', 'in_progress', 'paused', 'bonded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."observation_outcome" AS ENUM('positive', 'neutral', 'tense', 'fight');--> statement-breakpoint
CREATE TYPE "public"."other_pet" AS ENUM('cats', 'dogs', 'ferrets', 'snakes', 'birds_of_prey', 'rabbits', 'other_rodents');--> statement-breakpoint
CREATE TYPE "public"."pair_proposal_status" AS ENUM('proposed', 'trial', 'approved', 'rejected', 'adopted');--> statement-breakpoint
CREATE TYPE "public"."positive_sign" AS ENUM('approaches', 'explores', 'relaxed_posture', 'bruxing', 'boggling', 'chirping', 'grooms_handler', 'plays', 'eats_in_front_of_handler', 'sleeps_on_handler');--> statement-breakpoint
CREATE TYPE "public"."quarantine_reason" AS ENUM('intake', 'illness', 'exposure', 'show');--> statement-breakpoint
CREATE TYPE "public"."rat_status" AS ENUM('intake', 'in_care', 'available', 'reserved', 'adopted', 'returned', 'transferred', 'deceased');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'staff', 'coordinator', 'foster');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."stress_sign" AS ENUM('hides', 'freezes', 'flees_or_darts', 'puffs_up', 'hisses', 'teeth_bared', 'squeaks_in_protest', 'porphyrin', 'tail_lashing', 'grabs_or_nips');--> statement-breakpoint
CREATE TYPE "public"."symptom" AS ENUM('sneezing', 'respiratory_noise', 'porphyrin', 'lethargy', 'lump', 'wound', 'weight_loss', 'diarrhoea', 'head_tilt', 'hair_loss_or_scabs', 'not_eating', 'other');--> statement-breakpoint
CREATE TYPE "public"."temperament_category" AS ENUM('confident', 'shy', 'fearful', 'defensive', 'hormonal');--> statement-breakpoint
CREATE TYPE "public"."watch_kind" AS ENUM('pregnancy', 'post_neuter', 'sex_separation');--> statement-breakpoint
CREATE TYPE "public"."watch_outcome" AS ENUM('not_pregnant', 'litter_born', 'sterile', 'separated', 'cancelled');--> statement-breakpoint
CREATE TABLE "adopters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "adopters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"area" text,
	"household" text,
	"existing_rats_count" integer DEFAULT 0 NOT NULL,
	"existing_rats_females" integer DEFAULT 0 NOT NULL,
	"existing_rats_males" integer DEFAULT 0 NOT NULL,
	"existing_rats_neutered_males" integer DEFAULT 0 NOT NULL,
	"cage_size" text,
	"other_pets" "other_pet"[] DEFAULT '{}' NOT NULL,
	"has_children" boolean DEFAULT false NOT NULL,
	"experience" "experience_level" DEFAULT 'new' NOT NULL,
	"approval" "adopter_approval" DEFAULT 'applied' NOT NULL,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adopters_existing_rats_check" CHECK ("adopters"."existing_rats_count" >= 0 and "adopters"."existing_rats_females" >= 0 and "adopters"."existing_rats_males" >= 0 and "adopters"."existing_rats_neutered_males" >= 0 and "adopters"."existing_rats_females" + "adopters"."existing_rats_males" + "adopters"."existing_rats_neutered_males" <= "adopters"."existing_rats_count")
);
--> statement-breakpoint
CREATE TABLE "adoption_rats" (
	"adoption_id" integer NOT NULL,
	"rat_id" integer NOT NULL,
	"returned_on" date,
	"return_reason" text,
	CONSTRAINT "adoption_rats_adoption_id_rat_id_pk" PRIMARY KEY("adoption_id","rat_id"),
	CONSTRAINT "adoption_rats_return_reason_check" CHECK ("adoption_rats"."returned_on" is null or "adoption_rats"."return_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "adoptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "adoptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"adopter_id" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"fee_cents" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoptions_fee_check" CHECK ("adoptions"."fee_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"action" "audit_action" NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer,
	"rat_id" integer,
	"foster_home_id" integer,
	"summary" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cage_group_memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cage_group_memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cage_group_id" integer NOT NULL,
	"rat_id" integer NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cage_group_memberships_left_after_joined_check" CHECK ("cage_group_memberships"."left_at" is null or "cage_group_memberships"."left_at" >= "cage_group_memberships"."joined_at")
);
--> statement-breakpoint
CREATE TABLE "cage_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cage_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"foster_home_id" integer,
	"intake_id" integer,
	"notes" text,
	"dissolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cage_groups_name_check" CHECK (length(trim("cage_groups"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "foster_homes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "foster_homes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"contact_name" text NOT NULL,
	"email" text,
	"phone" text,
	"area" text NOT NULL,
	"capacity_rats" integer NOT NULL,
	"capacity_cages" integer NOT NULL,
	"can_quarantine" boolean DEFAULT false NOT NULL,
	"other_pets" "other_pet"[] DEFAULT '{}' NOT NULL,
	"has_children" boolean DEFAULT false NOT NULL,
	"experience_level" "experience_level" DEFAULT 'new' NOT NULL,
	"accepts" "foster_accepts"[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "foster_homes_capacity_rats_check" CHECK ("foster_homes"."capacity_rats" >= 0),
	CONSTRAINT "foster_homes_capacity_cages_check" CHECK ("foster_homes"."capacity_cages" >= 0),
	CONSTRAINT "foster_homes_name_check" CHECK (length(trim("foster_homes"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "handling_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "handling_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"batch_id" uuid NOT NULL,
	"rat_id" integer NOT NULL,
	"foster_home_id" integer,
	"logged_by" integer,
	"session_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"techniques" "handling_technique"[] DEFAULT '{}' NOT NULL,
	"highest_step" smallint NOT NULL,
	"positive_signs" "positive_sign"[] DEFAULT '{}' NOT NULL,
	"stress_signs" "stress_sign"[] DEFAULT '{}' NOT NULL,
	"bite_grade" bite_grade DEFAULT 'none' NOT NULL,
	"confidence" smallint NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handling_sessions_duration_check" CHECK ("handling_sessions"."duration_minutes" between 1 and 480),
	CONSTRAINT "handling_sessions_step_check" CHECK ("handling_sessions"."highest_step" between 0 and 8),
	CONSTRAINT "handling_sessions_confidence_check" CHECK ("handling_sessions"."confidence" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "health_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "health_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"kind" "health_event_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"weight_grams" integer,
	"symptoms" "symptom"[] DEFAULT '{}' NOT NULL,
	"vet_clinic" text,
	"diagnosis" text,
	"medication" text,
	"dose" text,
	"course_start_on" date,
	"course_end_on" date,
	"grimace_orbital" smallint,
	"grimace_nose_cheek" smallint,
	"grimace_ears" smallint,
	"grimace_whiskers" smallint,
	"cause_of_death" text,
	"notes" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_events_weight_check" CHECK ("health_events"."weight_grams" is null or "health_events"."weight_grams" between 1 and 2000),
	CONSTRAINT "health_events_weight_required_check" CHECK ("health_events"."kind" <> 'weight' or "health_events"."weight_grams" is not null),
	CONSTRAINT "health_events_course_check" CHECK ("health_events"."course_end_on" is null or "health_events"."course_start_on" is null or "health_events"."course_end_on" >= "health_events"."course_start_on"),
	CONSTRAINT "health_events_grimace_check" CHECK (coalesce("health_events"."grimace_orbital", 0) between 0 and 2 and coalesce("health_events"."grimace_nose_cheek", 0) between 0 and 2 and coalesce("health_events"."grimace_ears", 0) between 0 and 2 and coalesce("health_events"."grimace_whiskers", 0) between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incidents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "incident_kind" DEFAULT 'bite' NOT NULL,
	"rat_id" integer NOT NULL,
	"handling_session_id" integer,
	"foster_home_id" integer,
	"bite_grade" bite_grade NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text,
	"acknowledged_by" integer,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_bite_grade_check" CHECK ("incidents"."bite_grade" in ('bite', 'severe'))
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intakes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"intake_date" date NOT NULL,
	"source_type" "intake_source_type" NOT NULL,
	"source_details" text,
	"reason" text,
	"mixed_sex" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introduction_observations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "introduction_observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"introduction_id" integer NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"stage" "introduction_stage" NOT NULL,
	"outcome" "observation_outcome" NOT NULL,
	"duration_minutes" integer,
	"behaviours" text[] DEFAULT '{}' NOT NULL,
	"injuries" boolean DEFAULT false NOT NULL,
	"notes" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "introduction_observations_duration_check" CHECK ("introduction_observations"."duration_minutes" is null or "introduction_observations"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "introduction_participants" (
	"introduction_id" integer NOT NULL,
	"rat_id" integer NOT NULL,
	"side" "introduction_side" NOT NULL,
	"cage_group_id" integer,
	CONSTRAINT "introduction_participants_introduction_id_rat_id_pk" PRIMARY KEY("introduction_id","rat_id")
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "introductions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"method" "introduction_method" NOT NULL,
	"stage" "introduction_stage" DEFAULT 'scent_swap' NOT NULL,
	"status" "introduction_status" DEFAULT 'planned' NOT NULL,
	"planned_start_on" date,
	"started_on" date,
	"ended_on" date,
	"foster_home_id" integer,
	"notes" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "introductions_ended_check" CHECK ("introductions"."ended_on" is null or "introductions"."started_on" is null or "introductions"."ended_on" >= "introductions"."started_on"),
	CONSTRAINT "introductions_bonded_stage_check" CHECK ("introductions"."status" <> 'bonded' or "introductions"."stage" = 'bonded')
);
--> statement-breakpoint
CREATE TABLE "litters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "litters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dam_id" integer NOT NULL,
	"sire_id" integer,
	"born_on" date NOT NULL,
	"alive_count" integer NOT NULL,
	"dead_count" integer DEFAULT 0 NOT NULL,
	"intake_id" integer,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "litters_alive_count_check" CHECK ("litters"."alive_count" >= 0),
	CONSTRAINT "litters_dead_count_check" CHECK ("litters"."dead_count" >= 0),
	CONSTRAINT "litters_some_kittens_check" CHECK ("litters"."alive_count" + "litters"."dead_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "pair_proposal_rats" (
	"pair_proposal_id" integer NOT NULL,
	"rat_id" integer NOT NULL,
	CONSTRAINT "pair_proposal_rats_pair_proposal_id_rat_id_pk" PRIMARY KEY("pair_proposal_id","rat_id")
);
--> statement-breakpoint
CREATE TABLE "pair_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pair_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status" "pair_proposal_status" DEFAULT 'proposed' NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"introduction_id" integer,
	"adoption_id" integer,
	"adopter_id" integer,
	"notes" text,
	"proposed_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "placements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"foster_home_id" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"reason" text NOT NULL,
	"end_reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_end_after_start_check" CHECK ("placements"."ended_at" is null or "placements"."ended_at" >= "placements"."started_at")
);
--> statement-breakpoint
CREATE TABLE "quarantine_cohorts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quarantine_cohorts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"intake_id" integer,
	"foster_home_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarantines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quarantines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"reason" "quarantine_reason" NOT NULL,
	"cohort_id" integer,
	"foster_home_id" integer,
	"airspace" text,
	"started_on" date NOT NULL,
	"planned_end_on" date NOT NULL,
	"restarted_on" date,
	"restart_reason" text,
	"ended_on" date,
	"released_by" integer,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quarantines_planned_end_check" CHECK ("quarantines"."planned_end_on" >= "quarantines"."started_on"),
	CONSTRAINT "quarantines_ended_check" CHECK ("quarantines"."ended_on" is null or "quarantines"."ended_on" >= "quarantines"."started_on"),
	CONSTRAINT "quarantines_restart_check" CHECK ("quarantines"."restarted_on" is null or "quarantines"."restarted_on" >= "quarantines"."started_on")
);
--> statement-breakpoint
CREATE TABLE "rat_code_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rat_code_counters_last_number_check" CHECK ("rat_code_counters"."last_number" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rat_photos" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rat_photos_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"caption" text,
	"is_main" boolean DEFAULT false NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rat_photos_content_type_check" CHECK ("rat_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "rat_photos_bytes_check" CHECK ("rat_photos"."bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "rat_status_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rat_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"from_status" "rat_status",
	"to_status" "rat_status" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" integer,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rat_status_changes_differs_check" CHECK ("rat_status_changes"."from_status" is distinct from "rat_status_changes"."to_status")
);
--> statement-breakpoint
CREATE TABLE "rats" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rats_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sex" "sex" NOT NULL,
	"neutered_on" date,
	"birth_date" date,
	"birth_date_estimated" boolean DEFAULT true NOT NULL,
	"variety" text,
	"markings" text,
	"dam_id" integer,
	"sire_id" integer,
	"intake_id" integer,
	"litter_id" integer,
	"status" "rat_status" DEFAULT 'intake' NOT NULL,
	"notes" text,
	"readiness_override_reason" text,
	"readiness_override_by" integer,
	"readiness_override_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rats_code_format_check" CHECK ("rats"."code" ~ '^R-[0-9]{4}-[0-9]{4,}$'),
	CONSTRAINT "rats_name_check" CHECK (length(trim("rats"."name")) > 0),
	CONSTRAINT "rats_not_own_parent_check" CHECK ("rats"."dam_id" is distinct from "rats"."id" and "rats"."sire_id" is distinct from "rats"."id"),
	CONSTRAINT "rats_neutered_after_birth_check" CHECK ("rats"."neutered_on" is null or "rats"."birth_date" is null or "rats"."neutered_on" >= "rats"."birth_date"),
	CONSTRAINT "rats_readiness_override_check" CHECK ("rats"."readiness_override_reason" is null or length(trim("rats"."readiness_override_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "temperament_assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "temperament_assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"assessed_by" integer,
	"assessed_at" timestamp with time zone NOT NULL,
	"scale_version" smallint DEFAULT 1 NOT NULL,
	"scale_max" smallint DEFAULT 5 NOT NULL,
	"approach" smallint NOT NULL,
	"handling_tolerance" smallint NOT NULL,
	"new_space_confidence" smallint NOT NULL,
	"rat_sociability" smallint NOT NULL,
	"bite_risk" bite_risk NOT NULL,
	"background_causes" "background_cause"[] DEFAULT '{}' NOT NULL,
	"fear_triggers" "fear_trigger"[] DEFAULT '{}' NOT NULL,
	"category" "temperament_category" NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "temperament_assessments_scores_check" CHECK ("temperament_assessments"."scale_max" >= 2 and "temperament_assessments"."approach" between 1 and "temperament_assessments"."scale_max" and "temperament_assessments"."handling_tolerance" between 1 and "temperament_assessments"."scale_max" and "temperament_assessments"."new_space_confidence" between 1 and "temperament_assessments"."scale_max" and "temperament_assessments"."rat_sociability" between 1 and "temperament_assessments"."scale_max")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"foster_home_id" integer,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_foster_home_only_for_fosters" CHECK ("users"."foster_home_id" is null or "users"."role" = 'foster'),
	CONSTRAINT "users_email_check" CHECK (position('@' in "users"."email") > 1)
);
--> statement-breakpoint
CREATE TABLE "watches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "watches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rat_id" integer NOT NULL,
	"kind" "watch_kind" NOT NULL,
	"litter_id" integer,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"closed_on" date,
	"outcome" "watch_outcome",
	"outcome_notes" text,
	"created_by" integer,
	"closed_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watches_due_check" CHECK ("watches"."due_on" >= "watches"."started_on"),
	CONSTRAINT "watches_closed_check" CHECK (("watches"."closed_on" is null) = ("watches"."outcome" is null)),
	CONSTRAINT "watches_closed_after_start_check" CHECK ("watches"."closed_on" is null or "watches"."closed_on" >= "watches"."started_on")
);
--> statement-breakpoint
ALTER TABLE "adopters" ADD CONSTRAINT "adopters_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_rats" ADD CONSTRAINT "adoption_rats_adoption_id_adoptions_id_fk" FOREIGN KEY ("adoption_id") REFERENCES "public"."adoptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_rats" ADD CONSTRAINT "adoption_rats_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_adopter_id_adopters_id_fk" FOREIGN KEY ("adopter_id") REFERENCES "public"."adopters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cage_group_memberships" ADD CONSTRAINT "cage_group_memberships_cage_group_id_cage_groups_id_fk" FOREIGN KEY ("cage_group_id") REFERENCES "public"."cage_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cage_group_memberships" ADD CONSTRAINT "cage_group_memberships_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cage_group_memberships" ADD CONSTRAINT "cage_group_memberships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cage_groups" ADD CONSTRAINT "cage_groups_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cage_groups" ADD CONSTRAINT "cage_groups_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_sessions" ADD CONSTRAINT "handling_sessions_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_sessions" ADD CONSTRAINT "handling_sessions_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_sessions" ADD CONSTRAINT "handling_sessions_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_events" ADD CONSTRAINT "health_events_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_events" ADD CONSTRAINT "health_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_handling_session_id_handling_sessions_id_fk" FOREIGN KEY ("handling_session_id") REFERENCES "public"."handling_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_observations" ADD CONSTRAINT "introduction_observations_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_observations" ADD CONSTRAINT "introduction_observations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_participants" ADD CONSTRAINT "introduction_participants_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_participants" ADD CONSTRAINT "introduction_participants_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_participants" ADD CONSTRAINT "introduction_participants_cage_group_id_cage_groups_id_fk" FOREIGN KEY ("cage_group_id") REFERENCES "public"."cage_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litters" ADD CONSTRAINT "litters_dam_id_rats_id_fk" FOREIGN KEY ("dam_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litters" ADD CONSTRAINT "litters_sire_id_rats_id_fk" FOREIGN KEY ("sire_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litters" ADD CONSTRAINT "litters_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litters" ADD CONSTRAINT "litters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposal_rats" ADD CONSTRAINT "pair_proposal_rats_pair_proposal_id_pair_proposals_id_fk" FOREIGN KEY ("pair_proposal_id") REFERENCES "public"."pair_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposal_rats" ADD CONSTRAINT "pair_proposal_rats_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposals" ADD CONSTRAINT "pair_proposals_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposals" ADD CONSTRAINT "pair_proposals_adoption_id_adoptions_id_fk" FOREIGN KEY ("adoption_id") REFERENCES "public"."adoptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposals" ADD CONSTRAINT "pair_proposals_adopter_id_adopters_id_fk" FOREIGN KEY ("adopter_id") REFERENCES "public"."adopters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposals" ADD CONSTRAINT "pair_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_proposals" ADD CONSTRAINT "pair_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantine_cohorts" ADD CONSTRAINT "quarantine_cohorts_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantine_cohorts" ADD CONSTRAINT "quarantine_cohorts_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantines" ADD CONSTRAINT "quarantines_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantines" ADD CONSTRAINT "quarantines_cohort_id_quarantine_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."quarantine_cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantines" ADD CONSTRAINT "quarantines_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarantines" ADD CONSTRAINT "quarantines_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rat_photos" ADD CONSTRAINT "rat_photos_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rat_photos" ADD CONSTRAINT "rat_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rat_status_changes" ADD CONSTRAINT "rat_status_changes_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rat_status_changes" ADD CONSTRAINT "rat_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_dam_id_rats_id_fk" FOREIGN KEY ("dam_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_sire_id_rats_id_fk" FOREIGN KEY ("sire_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_litter_id_litters_id_fk" FOREIGN KEY ("litter_id") REFERENCES "public"."litters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_readiness_override_by_users_id_fk" FOREIGN KEY ("readiness_override_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temperament_assessments" ADD CONSTRAINT "temperament_assessments_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temperament_assessments" ADD CONSTRAINT "temperament_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_foster_home_id_foster_homes_id_fk" FOREIGN KEY ("foster_home_id") REFERENCES "public"."foster_homes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches" ADD CONSTRAINT "watches_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches" ADD CONSTRAINT "watches_litter_id_litters_id_fk" FOREIGN KEY ("litter_id") REFERENCES "public"."litters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches" ADD CONSTRAINT "watches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches" ADD CONSTRAINT "watches_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adopters_approval_idx" ON "adopters" USING btree ("approval");--> statement-breakpoint
CREATE INDEX "adoption_rats_rat_idx" ON "adoption_rats" USING btree ("rat_id");--> statement-breakpoint
CREATE INDEX "adoptions_date_idx" ON "adoptions" USING btree ("adopted_on");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_rat_idx" ON "audit_log" USING btree ("rat_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_home_idx" ON "audit_log" USING btree ("foster_home_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "cage_group_memberships_one_open_per_rat_key" ON "cage_group_memberships" USING btree ("rat_id") WHERE "cage_group_memberships"."left_at" is null;--> statement-breakpoint
CREATE INDEX "cage_group_memberships_open_by_group_idx" ON "cage_group_memberships" USING btree ("cage_group_id") WHERE "cage_group_memberships"."left_at" is null;--> statement-breakpoint
CREATE INDEX "cage_groups_home_idx" ON "cage_groups" USING btree ("foster_home_id") WHERE "cage_groups"."dissolved_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "foster_homes_name_key" ON "foster_homes" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "handling_sessions_batch_rat_key" ON "handling_sessions" USING btree ("batch_id","rat_id");--> statement-breakpoint
CREATE INDEX "handling_sessions_rat_time_idx" ON "handling_sessions" USING btree ("rat_id","session_at");--> statement-breakpoint
CREATE INDEX "handling_sessions_home_time_idx" ON "handling_sessions" USING btree ("foster_home_id","session_at");--> statement-breakpoint
CREATE INDEX "health_events_rat_idx" ON "health_events" USING btree ("rat_id","occurred_on");--> statement-breakpoint
CREATE INDEX "health_events_kind_idx" ON "health_events" USING btree ("kind","occurred_on");--> statement-breakpoint
CREATE INDEX "incidents_time_idx" ON "incidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_rat_idx" ON "incidents" USING btree ("rat_id");--> statement-breakpoint
CREATE INDEX "intakes_date_idx" ON "intakes" USING btree ("intake_date");--> statement-breakpoint
CREATE INDEX "introduction_observations_intro_idx" ON "introduction_observations" USING btree ("introduction_id","observed_at");--> statement-breakpoint
CREATE INDEX "introduction_participants_rat_idx" ON "introduction_participants" USING btree ("rat_id");--> statement-breakpoint
CREATE INDEX "introductions_status_idx" ON "introductions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "litters_dam_idx" ON "litters" USING btree ("dam_id");--> statement-breakpoint
CREATE INDEX "pair_proposal_rats_rat_idx" ON "pair_proposal_rats" USING btree ("rat_id");--> statement-breakpoint
CREATE INDEX "pair_proposals_status_idx" ON "pair_proposals" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_one_open_per_rat_key" ON "placements" USING btree ("rat_id") WHERE "placements"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "placements_open_by_home_idx" ON "placements" USING btree ("foster_home_id") WHERE "placements"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "placements_rat_idx" ON "placements" USING btree ("rat_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "quarantines_one_open_per_rat_key" ON "quarantines" USING btree ("rat_id") WHERE "quarantines"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "quarantines_open_idx" ON "quarantines" USING btree ("planned_end_on") WHERE "quarantines"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "quarantines_cohort_idx" ON "quarantines" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "rat_photos_rat_idx" ON "rat_photos" USING btree ("rat_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rat_photos_one_main_key" ON "rat_photos" USING btree ("rat_id") WHERE "rat_photos"."is_main";--> statement-breakpoint
CREATE INDEX "rat_status_changes_rat_idx" ON "rat_status_changes" USING btree ("rat_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rats_code_key" ON "rats" USING btree ("code");--> statement-breakpoint
CREATE INDEX "rats_status_idx" ON "rats" USING btree ("status");--> statement-breakpoint
CREATE INDEX "rats_name_idx" ON "rats" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "rats_intake_idx" ON "rats" USING btree ("intake_id");--> statement-breakpoint
CREATE INDEX "rats_litter_idx" ON "rats" USING btree ("litter_id");--> statement-breakpoint
CREATE INDEX "temperament_assessments_rat_idx" ON "temperament_assessments" USING btree ("rat_id","assessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_foster_home_idx" ON "users" USING btree ("foster_home_id");--> statement-breakpoint
CREATE UNIQUE INDEX "watches_one_open_per_kind_key" ON "watches" USING btree ("rat_id","kind") WHERE "watches"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "watches_open_due_idx" ON "watches" USING btree ("due_on") WHERE "watches"."closed_on" is null;