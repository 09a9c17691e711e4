ALTER TABLE "environments" ADD COLUMN "retired_at" text;--> statement-breakpoint
ALTER TABLE "environments" ADD COLUMN "retired_by" text;