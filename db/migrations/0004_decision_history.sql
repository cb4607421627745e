CREATE TABLE `decision_history` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`decision_id` text NOT NULL,
	`change` text NOT NULL,
	`reason` text NOT NULL,
	`changed_by_id` text NOT NULL,
	`changed_at` integer NOT NULL,
	`decided_by_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	`level` text NOT NULL,
	`hire` integer NOT NULL,
	`held` integer DEFAULT false NOT NULL,
	`probe_section_ids` text DEFAULT '[]' NOT NULL,
	`rationale` text NOT NULL,
	`override_reason` text,
	`partial_panel_reason` text,
	`engine_snapshot` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `decision_history_application_idx` ON `decision_history` (`application_id`,`changed_at`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `held` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `probe_section_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `partial_panel_reason` text;