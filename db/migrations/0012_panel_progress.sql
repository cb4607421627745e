ALTER TABLE `applications` ADD `scheduled_interviews` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `awaiting_scorecards` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `unscheduled_stages` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `applications_ready_idx` ON `applications` (`updated_at`) WHERE status in ('active', 'debrief') and scheduled_interviews > 0 and awaiting_scorecards = 0;--> statement-breakpoint
CREATE INDEX `applications_unscheduled_idx` ON `applications` (`created_at`) WHERE status = 'active' and unscheduled_stages > 0;--> statement-breakpoint
-- The application's panel progress follows its interviews and its role's plan, whatever writes them (the app, the
-- seeds, a restore); each trigger recounts the applications it touched, so a count can never drift.
CREATE TRIGGER `interviews_progress_after_insert` AFTER INSERT ON `interviews` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `id` = NEW.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `interviews_progress_after_update` AFTER UPDATE OF `status`, `scorecard_submitted`, `application_id`, `stage_id` ON `interviews`
WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`scorecard_submitted` IS NOT NEW.`scorecard_submitted` OR OLD.`application_id` IS NOT NEW.`application_id` OR OLD.`stage_id` IS NOT NEW.`stage_id` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `id` IN (OLD.`application_id`, NEW.`application_id`);
END;--> statement-breakpoint
CREATE TRIGGER `interviews_progress_after_delete` AFTER DELETE ON `interviews` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `id` = OLD.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `plan_stages_progress_after_insert` AFTER INSERT ON `plan_stages` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `role_id` = NEW.`role_id`;
END;--> statement-breakpoint
CREATE TRIGGER `plan_stages_progress_after_update` AFTER UPDATE OF `role_id` ON `plan_stages` WHEN OLD.`role_id` IS NOT NEW.`role_id` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `role_id` IN (OLD.`role_id`, NEW.`role_id`);
END;--> statement-breakpoint
CREATE TRIGGER `plan_stages_progress_after_delete` AFTER DELETE ON `plan_stages` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `role_id` = OLD.`role_id`;
END;--> statement-breakpoint
CREATE TRIGGER `applications_progress_after_insert` AFTER INSERT ON `applications` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `applications_progress_after_role_change` AFTER UPDATE OF `role_id` ON `applications` WHEN OLD.`role_id` IS NOT NEW.`role_id` BEGIN
  UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
UPDATE `applications` SET
    `scheduled_interviews` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled'),
    `awaiting_scorecards` = (SELECT count(*) FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`status` = 'scheduled' AND i.`scorecard_submitted` = 0),
    `unscheduled_stages` = (SELECT count(*) FROM `plan_stages` ps WHERE ps.`role_id` = `applications`.`role_id` AND NOT EXISTS (SELECT 1 FROM `interviews` i WHERE i.`application_id` = `applications`.`id` AND i.`stage_id` = ps.`id` AND i.`status` = 'scheduled'))
  WHERE 1;
