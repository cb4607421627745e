ALTER TABLE `interviews` ADD `reminders_sent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `last_reminder_at` integer;--> statement-breakpoint
-- The reminder tick and the to-do read an interview's scheduled reminders written and its latest reminder's time from
-- the interview itself: kept here, whatever writes the outbox, and backfilled.
UPDATE `interviews` SET
  `reminders_sent` = (SELECT count(*) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder' AND o.`reminder_number` IS NOT NULL),
  `last_reminder_at` = (SELECT max(o.`created_at`) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder')
WHERE `id` IN (SELECT `interview_id` FROM `outbox_messages` WHERE `kind` = 'scorecard-reminder');--> statement-breakpoint
CREATE TRIGGER `outbox_reminders_after_insert` AFTER INSERT ON `outbox_messages`
WHEN NEW.`kind` = 'scorecard-reminder' AND NEW.`interview_id` IS NOT NULL BEGIN
  UPDATE `interviews` SET
    `reminders_sent` = `reminders_sent` + (NEW.`reminder_number` IS NOT NULL),
    `last_reminder_at` = max(coalesce(`last_reminder_at`, NEW.`created_at`), NEW.`created_at`)
  WHERE `id` = NEW.`interview_id`;
END;--> statement-breakpoint
CREATE TRIGGER `outbox_reminders_after_update` AFTER UPDATE OF `kind`, `interview_id`, `reminder_number`, `created_at` ON `outbox_messages`
WHEN OLD.`kind` = 'scorecard-reminder' OR NEW.`kind` = 'scorecard-reminder' BEGIN
  UPDATE `interviews` SET
    `reminders_sent` = (SELECT count(*) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder' AND o.`reminder_number` IS NOT NULL),
    `last_reminder_at` = (SELECT max(o.`created_at`) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder')
  WHERE `id` IN (OLD.`interview_id`, NEW.`interview_id`);
END;--> statement-breakpoint
CREATE TRIGGER `outbox_reminders_after_delete` AFTER DELETE ON `outbox_messages`
WHEN OLD.`kind` = 'scorecard-reminder' AND OLD.`interview_id` IS NOT NULL BEGIN
  UPDATE `interviews` SET
    `reminders_sent` = (SELECT count(*) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder' AND o.`reminder_number` IS NOT NULL),
    `last_reminder_at` = (SELECT max(o.`created_at`) FROM `outbox_messages` o WHERE o.`interview_id` = `interviews`.`id` AND o.`kind` = 'scorecard-reminder')
  WHERE `id` = OLD.`interview_id`;
END;--> statement-breakpoint
-- Writing these two columns is not a change to the panel: the revision (migration 0013) is raised only by the columns
-- the engine reads, which were every column of the interview before this migration.
DROP TRIGGER `interviews_revision_after_update`;--> statement-breakpoint
CREATE TRIGGER `interviews_revision_after_update` AFTER UPDATE OF `id`, `application_id`, `stage_id`, `interviewer_id`, `scheduled_at`, `duration_minutes`, `status`, `not_held_reason`, `scorecard_submitted`, `created_at` ON `interviews` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` IN (OLD.`application_id`, NEW.`application_id`);
END;
