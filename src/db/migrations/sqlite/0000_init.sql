CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	`input` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_environment_id` ON `audit_log` (`environment_id`);--> statement-breakpoint
CREATE TABLE `custom_field_attributes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`class_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`required` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`class_id`) REFERENCES `custom_field_classes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_field_attributes_class_code` ON `custom_field_attributes` (`class_id`,`code`);--> statement-breakpoint
CREATE INDEX `custom_field_attributes_environment_id` ON `custom_field_attributes` (`environment_id`);--> statement-breakpoint
CREATE TABLE `custom_field_classes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`applies_to` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_field_classes_environment_code` ON `custom_field_classes` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`is_root` integer NOT NULL,
	`street` text,
	`house_number` text,
	`house_number_addition` text,
	`postal_code` text,
	`city` text,
	`country` text,
	`attention` text,
	`phone` text,
	`email` text,
	`email_logo_file_id` integer,
	`size_instructions_file_id` integer,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`email_logo_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`size_instructions_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "departments_root_has_no_parent" CHECK(("departments"."is_root" = 1) = ("departments"."parent_id" is null))
);
--> statement-breakpoint
CREATE INDEX `departments_environment_id` ON `departments` (`environment_id`);--> statement-breakpoint
CREATE INDEX `departments_parent_id` ON `departments` (`parent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `departments_one_root` ON `departments` (`environment_id`) WHERE "departments"."is_root" = 1;--> statement-breakpoint
CREATE TABLE `employment_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employment_types_environment_code` ON `employment_types` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `environments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`acro` text NOT NULL,
	`acro_key` text NOT NULL,
	`name` text NOT NULL,
	`reference_code` text,
	`reference_key` text,
	`url` text NOT NULL,
	`order_number_prefix` text NOT NULL,
	`template_id` integer NOT NULL,
	`logo_file_id` integer,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`logo_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "environments_status" CHECK("environments"."status" in ('provisioning', 'active'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `environments_acro_key_unique` ON `environments` (`acro_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `environments_reference_key_unique` ON `environments` (`reference_key`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`width` integer,
	`height` integer,
	`pages` integer,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "files_kind" CHECK("files"."kind" in ('emailLogo', 'logo', 'sizeInstructions')),
	CONSTRAINT "files_format" CHECK("files"."format" in ('png', 'jpeg', 'pdf'))
);
--> statement-breakpoint
CREATE INDEX `files_environment_id` ON `files` (`environment_id`);--> statement-breakpoint
CREATE TABLE `functions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `functions_environment_code` ON `functions` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `order_costs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "order_costs_amount" CHECK("order_costs"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_costs_environment_code` ON `order_costs` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `order_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_statuses_environment_code` ON `order_statuses` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `product_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_groups_environment_code` ON `product_groups` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `product_sizes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`size` text NOT NULL,
	`price_cents` integer NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "product_sizes_price" CHECK("product_sizes"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_sizes_product_size` ON `product_sizes` (`product_id`,`size`);--> statement-breakpoint
CREATE INDEX `product_sizes_environment_id` ON `product_sizes` (`environment_id`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`article_number` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `product_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_environment_article_number` ON `products` (`environment_id`,`article_number`);--> statement-breakpoint
CREATE INDEX `products_group_id` ON `products` (`group_id`);--> statement-breakpoint
CREATE TABLE `return_reasons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `return_reasons_environment_code` ON `return_reasons` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `role_permissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`permission` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_permissions_role_permission` ON `role_permissions` (`role_id`,`permission`);--> statement-breakpoint
CREATE INDEX `role_permissions_environment_id` ON `role_permissions` (`environment_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`level` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_environment_key` ON `roles` (`environment_id`,`key`);--> statement-breakpoint
CREATE TABLE `set_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`set_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_id`) REFERENCES `sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "set_items_quantity" CHECK("set_items"."quantity" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `set_items_set_product` ON `set_items` (`set_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `set_items_environment_id` ON `set_items` (`environment_id`);--> statement-breakpoint
CREATE INDEX `set_items_product_id` ON `set_items` (`product_id`);--> statement-breakpoint
CREATE TABLE `sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sets_environment_code` ON `sets` (`environment_id`,`code`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`category` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settings_environment_category_key` ON `settings` (`environment_id`,`category`,`key`);--> statement-breakpoint
CREATE TABLE `supplier` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`domain` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "supplier_single_row" CHECK("supplier"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `supplier_admins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`email` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supplier_admins_username_unique` ON `supplier_admins` (`username`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`is_default` integer NOT NULL,
	`styles` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_name_unique` ON `templates` (`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`environment_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`username` text NOT NULL,
	`email` text NOT NULL,
	`supplier_admin_id` integer,
	`password_hash` text,
	`password_expires_at` text,
	`must_change_password` integer NOT NULL,
	FOREIGN KEY (`environment_id`) REFERENCES `environments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supplier_admin_id`) REFERENCES `supplier_admins`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_environment_username` ON `users` (`environment_id`,`username`);--> statement-breakpoint
CREATE INDEX `users_username` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_department_id` ON `users` (`department_id`);--> statement-breakpoint
CREATE INDEX `users_role_id` ON `users` (`role_id`);--> statement-breakpoint
CREATE INDEX `users_supplier_admin_id` ON `users` (`supplier_admin_id`);