CREATE TYPE "public"."planned_pairing_status" AS ENUM('planned', 'together', 'cancelled');--> statement-breakpoint
CREATE TABLE "pedigree_ancestors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pedigree_ancestors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"sex" "sex" NOT NULL,
	"variety" text,
	"rattery" text,
	"birth_date" date,
	"dam_id" integer,
	"sire_id" integer,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pedigree_ancestors_name_check" CHECK (length(trim("pedigree_ancestors"."name")) > 0),
	CONSTRAINT "pedigree_ancestors_not_own_parent_check" CHECK ("pedigree_ancestors"."dam_id" is distinct from "pedigree_ancestors"."id" and "pedigree_ancestors"."sire_id" is distinct from "pedigree_ancestors"."id")
);
--> statement-breakpoint
CREATE TABLE "planned_pairings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "planned_pairings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"doe_id" integer NOT NULL,
	"buck_id" integer NOT NULL,
	"planned_on" date NOT NULL,
	"goals" text,
	"status" "planned_pairing_status" DEFAULT 'planned' NOT NULL,
	"together_on" date,
	"watch_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_pairings_two_rats_check" CHECK ("planned_pairings"."doe_id" <> "planned_pairings"."buck_id"),
	CONSTRAINT "planned_pairings_together_check" CHECK (("planned_pairings"."status" = 'together') = ("planned_pairings"."together_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "rattery" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"kitten_prefix" text DEFAULT '' NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rattery_one_row_check" CHECK ("rattery"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "rats" ADD COLUMN "outside_dam_id" integer;--> statement-breakpoint
ALTER TABLE "rats" ADD COLUMN "outside_sire_id" integer;--> statement-breakpoint
ALTER TABLE "pedigree_ancestors" ADD CONSTRAINT "pedigree_ancestors_dam_id_pedigree_ancestors_id_fk" FOREIGN KEY ("dam_id") REFERENCES "public"."pedigree_ancestors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pedigree_ancestors" ADD CONSTRAINT "pedigree_ancestors_sire_id_pedigree_ancestors_id_fk" FOREIGN KEY ("sire_id") REFERENCES "public"."pedigree_ancestors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pedigree_ancestors" ADD CONSTRAINT "pedigree_ancestors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_pairings" ADD CONSTRAINT "planned_pairings_doe_id_rats_id_fk" FOREIGN KEY ("doe_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_pairings" ADD CONSTRAINT "planned_pairings_buck_id_rats_id_fk" FOREIGN KEY ("buck_id") REFERENCES "public"."rats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_pairings" ADD CONSTRAINT "planned_pairings_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_pairings" ADD CONSTRAINT "planned_pairings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rattery" ADD CONSTRAINT "rattery_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pedigree_ancestors_name_idx" ON "pedigree_ancestors" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "planned_pairings_doe_idx" ON "planned_pairings" USING btree ("doe_id");--> statement-breakpoint
CREATE INDEX "planned_pairings_buck_idx" ON "planned_pairings" USING btree ("buck_id");--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_outside_dam_id_pedigree_ancestors_id_fk" FOREIGN KEY ("outside_dam_id") REFERENCES "public"."pedigree_ancestors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_outside_sire_id_pedigree_ancestors_id_fk" FOREIGN KEY ("outside_sire_id") REFERENCES "public"."pedigree_ancestors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rats_dam_idx" ON "rats" USING btree ("dam_id");--> statement-breakpoint
CREATE INDEX "rats_sire_idx" ON "rats" USING btree ("sire_id");--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_one_dam_check" CHECK ("rats"."dam_id" is null or "rats"."outside_dam_id" is null);--> statement-breakpoint
ALTER TABLE "rats" ADD CONSTRAINT "rats_one_sire_check" CHECK ("rats"."sire_id" is null or "rats"."outside_sire_id" is null);