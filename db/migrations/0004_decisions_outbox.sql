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
CREATE TABLE `outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`interview_id` text,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`headers` text DEFAULT '{}' NOT NULL,
	`ics` text,
	`ics_method` text,
	`ics_sequence` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`last_error` text,
	`smtp_response` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_due_idx` ON `outbox_messages` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_messages_created_idx` ON `outbox_messages` (`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_messages_interview_idx` ON `outbox_messages` (`interview_id`);--> statement-breakpoint
CREATE TABLE `sender_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `decisions` ADD `held` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `probe_section_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `partial_panel_reason` text;