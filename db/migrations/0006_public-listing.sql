CREATE TABLE "public_application_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_application_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_listings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_listings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cage_group_id" integer,
	"rat_id" integer,
	"listed" boolean DEFAULT false NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"joins_resident_rats" boolean DEFAULT false NOT NULL,
	"listed_at" timestamp with time zone,
	"listed_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_listings_one_unit_check" CHECK (("public_listings"."cage_group_id" is null) <> ("public_listings"."rat_id" is null))
);
--> statement-breakpoint
CREATE TABLE "public_profile" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"rescue_name" text DEFAULT '' NOT NULL,
	"fee_per_rat_cents" integer DEFAULT 0 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_profile_one_row_check" CHECK ("public_profile"."id" = 1),
	CONSTRAINT "public_profile_fee_check" CHECK ("public_profile"."fee_per_rat_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "applied_online_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "applied_for_listing_id" integer;--> statement-breakpoint
ALTER TABLE "public_listings" ADD CONSTRAINT "public_listings_cage_group_id_cage_groups_id_fk" FOREIGN KEY ("cage_group_id") REFERENCES "public"."cage_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_listings" ADD CONSTRAINT "public_listings_rat_id_rats_id_fk" FOREIGN KEY ("rat_id") REFERENCES "public"."rats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_listings" ADD CONSTRAINT "public_listings_listed_by_users_id_fk" FOREIGN KEY ("listed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_profile" ADD CONSTRAINT "public_profile_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_application_attempts_address_idx" ON "public_application_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE UNIQUE INDEX "public_listings_cage_group_key" ON "public_listings" USING btree ("cage_group_id") WHERE "public_listings"."cage_group_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "public_listings_rat_key" ON "public_listings" USING btree ("rat_id") WHERE "public_listings"."rat_id" is not null;--> statement-breakpoint
CREATE INDEX "public_listings_listed_idx" ON "public_listings" USING btree ("listed") WHERE "public_listings"."listed";--> statement-breakpoint
ALTER TABLE "adopters" ADD CONSTRAINT "adopters_applied_for_listing_id_public_listings_id_fk" FOREIGN KEY ("applied_for_listing_id") REFERENCES "public"."public_listings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adopters_applied_online_idx" ON "adopters" USING btree ("applied_online_at") WHERE "adopters"."applied_online_at" is not null;