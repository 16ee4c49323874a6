CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`municipality_code` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_organizations` (
	`user_id` integer NOT NULL,
	`organization_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `organization_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_organizations_org_idx` ON `user_organizations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`unit_id` integer,
	`created_at` text NOT NULL,
	`disabled_at` text,
	`last_login_at` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `referral_aggregates` (
	`month` text NOT NULL,
	`organization_id` text NOT NULL,
	`organization_kind` text NOT NULL,
	`route` text NOT NULL,
	`unit_type` text NOT NULL,
	`municipality_code` text NOT NULL,
	`themes` text NOT NULL,
	`status` text NOT NULL,
	`lines` integer NOT NULL,
	PRIMARY KEY(`month`, `organization_id`, `organization_kind`, `route`, `unit_type`, `municipality_code`, `themes`, `status`)
);
--> statement-breakpoint
CREATE TABLE `referral_services` (
	`referral_id` integer NOT NULL,
	`service_id` text NOT NULL,
	`position` integer NOT NULL,
	`organization_id` text,
	`organization_kind` text,
	`arrived_at` text,
	`arrived_by_user_id` integer,
	`outcome` text,
	`closed_at` text,
	`closed_by_user_id` integer,
	PRIMARY KEY(`referral_id`, `service_id`),
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`arrived_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_services_org_idx` ON `referral_services` (`organization_id`,`arrived_at`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`created_at` text NOT NULL,
	`month` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`unit_type` text NOT NULL,
	`route` text NOT NULL,
	`language` text NOT NULL,
	`municipality_code` text NOT NULL,
	`age_band` text,
	`contact_consent` integer NOT NULL,
	`themes` text NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_code_unique` ON `referrals` (`code`);--> statement-breakpoint
CREATE INDEX `referrals_month_idx` ON `referrals` (`month`);--> statement-breakpoint
CREATE INDEX `referrals_created_by_idx` ON `referrals` (`created_by_user_id`);--> statement-breakpoint
CREATE TABLE `unmet_needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text NOT NULL,
	`month` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`unit_type` text NOT NULL,
	`municipality_code` text NOT NULL,
	`language` text NOT NULL,
	`themes` text NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unmet_needs_month_idx` ON `unmet_needs` (`month`);--> statement-breakpoint
CREATE TABLE `service_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` text NOT NULL,
	`organization_id` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_at` text,
	`resolved_by_user_id` integer,
	FOREIGN KEY (`resolved_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_reports_org_status_idx` ON `service_reports` (`organization_id`,`status`);--> statement-breakpoint
CREATE TABLE `site_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`topic` text NOT NULL,
	`text` text NOT NULL,
	`page` text,
	`lang` text,
	`reply_to` text,
	`created_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_at` text,
	`resolved_by_user_id` integer,
	FOREIGN KEY (`resolved_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `site_feedback_status_idx` ON `site_feedback` (`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`role` text NOT NULL,
	`organization_ids` text DEFAULT '[]' NOT NULL,
	`action` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text NOT NULL,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_object_idx` ON `audit_log` (`object_type`,`object_id`);--> statement-breakpoint
CREATE TABLE `usage_daily` (
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`lang` text NOT NULL,
	`requests` integer NOT NULL,
	`zero_results` integer NOT NULL,
	PRIMARY KEY(`day`, `kind`, `lang`)
);
--> statement-breakpoint
CREATE TABLE `zero_result_queries` (
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`lang` text NOT NULL,
	`query` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`day`, `kind`, `lang`, `query`)
);
