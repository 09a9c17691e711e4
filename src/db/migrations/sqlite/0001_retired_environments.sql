ALTER TABLE `environments` ADD `retired_at` text;--> statement-breakpoint
ALTER TABLE `environments` ADD `retired_by` text;