ALTER TABLE "adopters" ADD COLUMN "experience_notes" text;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "preferences" text;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "decided_by" integer;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "adopters" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "adoption_rats" ADD COLUMN "return_recorded_by" integer;--> statement-breakpoint
ALTER TABLE "adoptions" ADD COLUMN "left_alone_reason" text;--> statement-breakpoint
ALTER TABLE "adopters" ADD CONSTRAINT "adopters_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adopters" ADD CONSTRAINT "adopters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_rats" ADD CONSTRAINT "adoption_rats_return_recorded_by_users_id_fk" FOREIGN KEY ("return_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adopters_name_idx" ON "adopters" USING btree (lower("name"));