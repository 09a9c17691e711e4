ALTER TABLE "templates" ADD COLUMN "header_background" text DEFAULT '#ffffff' NOT NULL;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "header_text" text DEFAULT '#1f2933' NOT NULL;--> statement-breakpoint
UPDATE "templates" SET "header_background" = '#ffffff', "header_text" = '#00558c' WHERE "name" = 'standaard';--> statement-breakpoint
UPDATE "templates" SET "header_background" = '#1f2933', "header_text" = '#ffffff' WHERE "name" = 'donker';--> statement-breakpoint
UPDATE "templates" SET "header_background" = '#eef5f1', "header_text" = '#2f6f4e' WHERE "name" = 'compact';
