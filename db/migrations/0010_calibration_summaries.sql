CREATE TABLE `role_calibration_summaries` (
	`role_id` text PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`summary` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `scorecards_application_idx`;--> statement-breakpoint
CREATE INDEX `scorecards_application_idx` ON `scorecards` (`application_id`,`status`,`revision`,`updated_at`);