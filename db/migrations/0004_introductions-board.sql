ALTER TYPE "public"."introduction_method" ADD VALUE 'side_by_side_cages';--> statement-breakpoint
CREATE TABLE "introduction_stage_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "introduction_stage_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"introduction_id" integer NOT NULL,
	"from_stage" "introduction_stage",
	"to_stage" "introduction_stage" NOT NULL,
	"from_status" "introduction_status",
	"to_status" "introduction_status" NOT NULL,
	"reason" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "run_by" integer;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "warnings_accepted_reason" text;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "accepted_warnings" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "move_planned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "merged_cage_group_id" integer;--> statement-breakpoint
ALTER TABLE "introduction_stage_changes" ADD CONSTRAINT "introduction_stage_changes_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_stage_changes" ADD CONSTRAINT "introduction_stage_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introduction_stage_changes_intro_idx" ON "introduction_stage_changes" USING btree ("introduction_id","changed_at");--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_run_by_users_id_fk" FOREIGN KEY ("run_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_merged_cage_group_id_cage_groups_id_fk" FOREIGN KEY ("merged_cage_group_id") REFERENCES "public"."cage_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introductions_home_idx" ON "introductions" USING btree ("foster_home_id","status");