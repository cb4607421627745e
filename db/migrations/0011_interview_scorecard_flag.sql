ALTER TABLE `interviews` ADD `scorecard_submitted` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `interviews_awaiting_scorecard_idx` ON `interviews` (`status`,`scorecard_submitted`,`scheduled_at`);--> statement-breakpoint
-- interviews.scorecard_submitted follows its scorecard, whatever writes it (the app, the seeds, a restore).
CREATE TRIGGER `scorecards_flag_after_insert` AFTER INSERT ON `scorecards` BEGIN
  UPDATE `interviews` SET `scorecard_submitted` = EXISTS (SELECT 1 FROM `scorecards` s WHERE s.`interview_id` = NEW.`interview_id` AND s.`status` = 'submitted') WHERE `id` = NEW.`interview_id`;
END;--> statement-breakpoint
CREATE TRIGGER `scorecards_flag_after_update` AFTER UPDATE OF `status`, `interview_id` ON `scorecards` BEGIN
  UPDATE `interviews` SET `scorecard_submitted` = EXISTS (SELECT 1 FROM `scorecards` s WHERE s.`interview_id` = OLD.`interview_id` AND s.`status` = 'submitted') WHERE `id` = OLD.`interview_id`;
  UPDATE `interviews` SET `scorecard_submitted` = EXISTS (SELECT 1 FROM `scorecards` s WHERE s.`interview_id` = NEW.`interview_id` AND s.`status` = 'submitted') WHERE `id` = NEW.`interview_id`;
END;--> statement-breakpoint
CREATE TRIGGER `scorecards_flag_after_delete` AFTER DELETE ON `scorecards` BEGIN
  UPDATE `interviews` SET `scorecard_submitted` = EXISTS (SELECT 1 FROM `scorecards` s WHERE s.`interview_id` = OLD.`interview_id` AND s.`status` = 'submitted') WHERE `id` = OLD.`interview_id`;
END;--> statement-breakpoint
UPDATE `interviews` SET `scorecard_submitted` = EXISTS (SELECT 1 FROM `scorecards` s WHERE s.`interview_id` = `interviews`.`id` AND s.`status` = 'submitted');
