ALTER TABLE "rats" ADD COLUMN "current_trust_step" smallint;--> statement-breakpoint
ALTER TABLE "rats" ADD COLUMN "last_handled_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "rats_name_code_idx" ON "rats" USING btree (lower("name"),"code");--> statement-breakpoint
CREATE INDEX "rats_status_code_idx" ON "rats" USING btree ("status","code");--> statement-breakpoint
CREATE INDEX "rats_sex_code_idx" ON "rats" USING btree ("sex","code");--> statement-breakpoint
CREATE INDEX "rats_birth_date_code_idx" ON "rats" USING btree ("birth_date","code");--> statement-breakpoint
CREATE INDEX "rats_trust_step_code_idx" ON "rats" USING btree ("current_trust_step","code");--> statement-breakpoint
CREATE INDEX "rats_name_desc_code_idx" ON "rats" USING btree (lower("name") desc nulls last,"code");--> statement-breakpoint
CREATE INDEX "rats_status_desc_code_idx" ON "rats" USING btree ("status" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "rats_sex_desc_code_idx" ON "rats" USING btree ("sex" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "rats_birth_date_desc_code_idx" ON "rats" USING btree ("birth_date" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "rats_trust_step_desc_code_idx" ON "rats" USING btree ("current_trust_step" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "rats_last_handled_idx" ON "rats" USING btree ("last_handled_at");--> statement-breakpoint
UPDATE "rats" SET "current_trust_step" = "summary"."step", "last_handled_at" = "summary"."last_at"
FROM (
  SELECT "rat_id",
         (array_agg("highest_step" ORDER BY "highest_step" DESC))[least(2, count(*))::int] AS "step",
         max("session_at") AS "last_at"
  FROM (
    SELECT "rat_id", "highest_step", "session_at",
           row_number() OVER (PARTITION BY "rat_id" ORDER BY "session_at" DESC, "id" DESC) AS "n"
    FROM "handling_sessions"
  ) AS "ranked"
  WHERE "n" <= 3
  GROUP BY "rat_id"
) AS "summary"
WHERE "summary"."rat_id" = "rats"."id";