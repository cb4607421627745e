ALTER TABLE `interviews` ADD `not_held_reason` text;--> statement-breakpoint
ALTER TABLE `scorecard_amendments` ADD `after_panel_visible` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;