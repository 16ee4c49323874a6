CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`organization_type` text NOT NULL,
	`business_code` text,
	`oid` text,
	`parent_id` text,
	`root_id` text,
	`municipality_code` text,
	`name` text DEFAULT '{}' NOT NULL,
	`alternative_name` text DEFAULT '{}' NOT NULL,
	`summary` text DEFAULT '{}' NOT NULL,
	`description` text DEFAULT '{}' NOT NULL,
	`area_type` text,
	`municipality_codes` text DEFAULT '[]' NOT NULL,
	`emails` text DEFAULT '[]' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`web_pages` text DEFAULT '[]' NOT NULL,
	`addresses` text DEFAULT '[]' NOT NULL,
	`publishing_status` text NOT NULL,
	`source_modified_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`last_seen_run_id` integer NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`);--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `service_areas` (
	`service_id` text NOT NULL,
	`area_type` text NOT NULL,
	`area_code` text NOT NULL,
	PRIMARY KEY(`service_id`, `area_type`, `area_code`)
);
--> statement-breakpoint
CREATE TABLE `service_languages` (
	`service_id` text NOT NULL,
	`language` text NOT NULL,
	PRIMARY KEY(`service_id`, `language`)
);
--> statement-breakpoint
CREATE TABLE `service_municipalities` (
	`service_id` text NOT NULL,
	`municipality_code` text NOT NULL,
	PRIMARY KEY(`service_id`, `municipality_code`)
);
--> statement-breakpoint
CREATE INDEX `service_municipalities_code_idx` ON `service_municipalities` (`municipality_code`);--> statement-breakpoint
CREATE TABLE `service_organizations` (
	`service_id` text NOT NULL,
	`position` integer NOT NULL,
	`organization_id` text,
	`role_type` text NOT NULL,
	`provision_type` text,
	`additional_info` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`service_id`, `position`)
);
--> statement-breakpoint
CREATE INDEX `service_organizations_org_idx` ON `service_organizations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text,
	`funding_type` text,
	`charge_type` text,
	`area_type` text,
	`name` text DEFAULT '{}' NOT NULL,
	`alternative_name` text DEFAULT '{}' NOT NULL,
	`summary` text DEFAULT '{}' NOT NULL,
	`description` text DEFAULT '{}' NOT NULL,
	`user_instruction` text DEFAULT '{}' NOT NULL,
	`charge_info` text DEFAULT '{}' NOT NULL,
	`requirements` text DEFAULT '{}' NOT NULL,
	`other_texts` text DEFAULT '{}' NOT NULL,
	`keywords` text DEFAULT '{}' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`general_description_id` text,
	`sub_type` text,
	`responsible_organization_id` text,
	`vouchers_in_use` integer DEFAULT false NOT NULL,
	`legislation` text DEFAULT '[]' NOT NULL,
	`publishing_status` text NOT NULL,
	`source_modified_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`last_seen_run_id` integer NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `services_responsible_idx` ON `services` (`responsible_organization_id`);--> statement-breakpoint
CREATE TABLE `channels` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`organization_id` text,
	`name` text DEFAULT '{}' NOT NULL,
	`alternative_name` text DEFAULT '{}' NOT NULL,
	`summary` text DEFAULT '{}' NOT NULL,
	`description` text DEFAULT '{}' NOT NULL,
	`area_type` text,
	`municipality_codes` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`web_pages` text DEFAULT '[]' NOT NULL,
	`emails` text DEFAULT '[]' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`addresses` text DEFAULT '[]' NOT NULL,
	`hours` text DEFAULT '[]' NOT NULL,
	`entrances` text DEFAULT '[]' NOT NULL,
	`accessibility` text DEFAULT '[]' NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`lat` real,
	`lon` real,
	`municipality_code` text,
	`postal_code` text,
	`publishing_status` text NOT NULL,
	`source_modified_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`last_seen_run_id` integer NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `channels_org_idx` ON `channels` (`organization_id`);--> statement-breakpoint
CREATE INDEX `channels_type_idx` ON `channels` (`type`);--> statement-breakpoint
CREATE TABLE `service_channels` (
	`service_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`position` integer NOT NULL,
	`charge_type` text,
	`description` text DEFAULT '{}' NOT NULL,
	`charge_info` text DEFAULT '{}' NOT NULL,
	`hours` text DEFAULT '[]' NOT NULL,
	`contact` text,
	`extra_types` text DEFAULT '[]' NOT NULL,
	`modified_at` text,
	PRIMARY KEY(`service_id`, `channel_id`)
);
--> statement-breakpoint
CREATE INDEX `service_channels_channel_idx` ON `service_channels` (`channel_id`);--> statement-breakpoint
CREATE TABLE `classifications` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`code` text,
	`uri` text,
	`new_uri` text,
	`parent_uri` text,
	`ontology_type` text,
	`name` text DEFAULT '{}' NOT NULL,
	`description` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `classifications_kind_code_idx` ON `classifications` (`kind`,`code`);--> statement-breakpoint
CREATE TABLE `service_classifications` (
	`service_id` text NOT NULL,
	`classification_id` text NOT NULL,
	PRIMARY KEY(`service_id`, `classification_id`)
);
--> statement-breakpoint
CREATE INDEX `service_classifications_class_idx` ON `service_classifications` (`classification_id`);--> statement-breakpoint
CREATE TABLE `area_municipalities` (
	`area_type` text NOT NULL,
	`area_code` text NOT NULL,
	`municipality_code` text NOT NULL,
	PRIMARY KEY(`area_type`, `area_code`, `municipality_code`)
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`type` text NOT NULL,
	`code` text NOT NULL,
	`name` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`type`, `code`)
);
--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quarantine` (
	`entity_type` text NOT NULL,
	`ptv_id` text NOT NULL,
	`run_id` integer NOT NULL,
	`reason` text NOT NULL,
	`issues` text,
	`payload` text,
	`first_seen_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	PRIMARY KEY(`entity_type`, `ptv_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`municipalities` text NOT NULL,
	`crawl_start` text NOT NULL,
	`since` text,
	`phase` text NOT NULL,
	`counts` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`error` text
);
