CREATE TABLE `settings_level_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`changed_at` integer NOT NULL,
	`changed_by_id` text,
	`from_level` text NOT NULL,
	`to_level` text NOT NULL,
	`what` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `settings_level_changes_application_idx` ON `settings_level_changes` (`application_id`,`changed_at`);