CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by_id` text,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `framework_evidence_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`section_keys` text DEFAULT '[]' NOT NULL,
	`required` integer,
	`broad_scope_only` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `framework_evidence_items_version_idx` ON `framework_evidence_items` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `framework_guidance_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`level` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `framework_guidance_lines_version_idx` ON `framework_guidance_lines` (`version_id`,`level`,`position`);--> statement-breakpoint
CREATE TABLE `section_level_references` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`level` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `section_level_references_section_idx` ON `section_level_references` (`section_id`,`position`);--> statement-breakpoint
ALTER TABLE `candidates` ADD `erased_at` integer;--> statement-breakpoint
ALTER TABLE `framework_versions` ADD `has_evidence_checklist` integer DEFAULT false NOT NULL;