CREATE TABLE `application_recommendations` (
	`application_id` text PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`level` text,
	`confidence` text,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`user_id` text PRIMARY KEY NOT NULL,
	`interviews` integer DEFAULT true NOT NULL,
	`reminders` integer DEFAULT true NOT NULL,
	`debriefs` integer DEFAULT true NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `outbox_messages_interview_idx`;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `application_id` text;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `recipient_id` text;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `dedupe_key` text;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `reminder_number` integer;--> statement-breakpoint
CREATE INDEX `outbox_messages_kind_created_idx` ON `outbox_messages` (`kind`,`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_messages_application_idx` ON `outbox_messages` (`application_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_messages_dedupe_uq` ON `outbox_messages` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_messages_interview_idx` ON `outbox_messages` (`interview_id`,`kind`);--> statement-breakpoint
ALTER TABLE `roles` ADD `reminder_delay_minutes` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `scorecards` ADD `contradiction_note` text;--> statement-breakpoint
CREATE INDEX `interviews_status_scheduled_idx` ON `interviews` (`status`,`scheduled_at`);