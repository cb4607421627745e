CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`role_id` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_candidate_role_uq` ON `applications` (`candidate_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `applications_role_status_idx` ON `applications` (`role_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`summary` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `candidates_email_idx` ON `candidates` (`email`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`decided_by_id` text NOT NULL,
	`level` text NOT NULL,
	`hire` integer NOT NULL,
	`rationale` text NOT NULL,
	`override_reason` text,
	`engine_snapshot` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_application_uq` ON `decisions` (`application_id`);--> statement-breakpoint
CREATE TABLE `framework_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`senior_signal` text DEFAULT '' NOT NULL,
	`staff_signal` text DEFAULT '' NOT NULL,
	`staff_critical_by_default` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `framework_sections_version_key_uq` ON `framework_sections` (`version_id`,`key`);--> statement-breakpoint
CREATE INDEX `framework_sections_version_position_idx` ON `framework_sections` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `framework_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`framework_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`published_at` integer,
	`published_by_id` text,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `framework_versions_framework_version_uq` ON `framework_versions` (`framework_id`,`version`);--> statement-breakpoint
CREATE TABLE `frameworks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`stage_id` text NOT NULL,
	`interviewer_id` text NOT NULL,
	`scheduled_at` integer NOT NULL,
	`duration_minutes` integer DEFAULT 60 NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `plan_stages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`interviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `interviews_interviewer_idx` ON `interviews` (`interviewer_id`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `interviews_application_idx` ON `interviews` (`application_id`);--> statement-breakpoint
CREATE TABLE `plan_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`name` text NOT NULL,
	`duration_minutes` integer DEFAULT 60 NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "plan_stages_duration" CHECK("plan_stages"."duration_minutes" BETWEEN 15 AND 480)
);
--> statement-breakpoint
CREATE INDEX `plan_stages_role_idx` ON `plan_stages` (`role_id`,`position`);--> statement-breakpoint
CREATE TABLE `probing_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`prompt` text NOT NULL,
	`senior_signal` text NOT NULL,
	`staff_signal` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `probing_questions_section_idx` ON `probing_questions` (`section_id`,`position`);--> statement-breakpoint
CREATE TABLE `red_flags` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`severity` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `red_flags_section_idx` ON `red_flags` (`section_id`,`position`);--> statement-breakpoint
CREATE TABLE `role_members` (
	`role_id` text NOT NULL,
	`user_id` text NOT NULL,
	`membership` text NOT NULL,
	PRIMARY KEY(`role_id`, `user_id`, `membership`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `role_members_user_idx` ON `role_members` (`user_id`,`membership`);--> statement-breakpoint
CREATE TABLE `role_sections` (
	`role_id` text NOT NULL,
	`section_id` text NOT NULL,
	`staff_critical` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`role_id`, `section_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`team` text DEFAULT '' NOT NULL,
	`hires_senior` integer NOT NULL,
	`hires_staff` integer NOT NULL,
	`framework_version_id` text NOT NULL,
	`thresholds` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`framework_version_id`) REFERENCES `framework_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "roles_hires_some_level" CHECK("roles"."hires_senior" = 1 OR "roles"."hires_staff" = 1)
);
--> statement-breakpoint
CREATE TABLE `scorecard_amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`scorecard_id` text NOT NULL,
	`amended_by_id` text NOT NULL,
	`reason` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amended_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `scorecard_amendments_scorecard_idx` ON `scorecard_amendments` (`scorecard_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `scorecard_ratings` (
	`scorecard_id` text NOT NULL,
	`section_id` text NOT NULL,
	`rating` integer,
	`not_assessed` integer DEFAULT false NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`scope` text,
	`items_observed` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`scorecard_id`, `section_id`),
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "scorecard_ratings_rating_range" CHECK("scorecard_ratings"."rating" IS NULL OR "scorecard_ratings"."rating" BETWEEN 0 AND 2),
	CONSTRAINT "scorecard_ratings_not_assessed_has_no_rating" CHECK("scorecard_ratings"."not_assessed" = 0 OR "scorecard_ratings"."rating" IS NULL)
);
--> statement-breakpoint
CREATE TABLE `scorecard_red_flags` (
	`scorecard_id` text NOT NULL,
	`red_flag_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`scorecard_id`, `red_flag_id`),
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`red_flag_id`) REFERENCES `red_flags`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` text PRIMARY KEY NOT NULL,
	`interview_id` text NOT NULL,
	`application_id` text NOT NULL,
	`interviewer_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`overall_recommendation` text,
	`confidence` text,
	`summary` text DEFAULT '' NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecards_interview_uq` ON `scorecards` (`interview_id`);--> statement-breakpoint
CREATE INDEX `scorecards_application_idx` ON `scorecards` (`application_id`,`status`);--> statement-breakpoint
CREATE INDEX `scorecards_interviewer_idx` ON `scorecards` (`interviewer_id`,`status`);--> statement-breakpoint
CREATE TABLE `section_items` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `section_items_section_idx` ON `section_items` (`section_id`,`position`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `stage_focus_sections` (
	`stage_id` text NOT NULL,
	`section_id` text NOT NULL,
	PRIMARY KEY(`stage_id`, `section_id`),
	FOREIGN KEY (`stage_id`) REFERENCES `plan_stages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `framework_sections`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `stage_interviewers` (
	`stage_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`stage_id`, `user_id`),
	FOREIGN KEY (`stage_id`) REFERENCES `plan_stages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stage_interviewers_user_idx` ON `stage_interviewers` (`user_id`);--> statement-breakpoint
CREATE TABLE `stage_questions` (
	`stage_id` text NOT NULL,
	`question_id` text NOT NULL,
	PRIMARY KEY(`stage_id`, `question_id`),
	FOREIGN KEY (`stage_id`) REFERENCES `plan_stages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `probing_questions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `user_roles` (
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`level` text DEFAULT 'none' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);