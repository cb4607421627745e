ALTER TABLE `applications` ADD `panel_revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The engine's input of an application is its interviews (status, time, length, interviewer), their interviewers'
-- levels and its scorecards (status, revision, times; a content write bumps the revision): any write to one raises
-- the application's panel_revision, whatever writes it.
CREATE TRIGGER `interviews_revision_after_insert` AFTER INSERT ON `interviews` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` = NEW.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `interviews_revision_after_update` AFTER UPDATE ON `interviews` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` IN (OLD.`application_id`, NEW.`application_id`);
END;--> statement-breakpoint
CREATE TRIGGER `interviews_revision_after_delete` AFTER DELETE ON `interviews` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` = OLD.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `scorecards_revision_after_insert` AFTER INSERT ON `scorecards` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` = NEW.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `scorecards_revision_after_update` AFTER UPDATE ON `scorecards` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` IN (OLD.`application_id`, NEW.`application_id`);
END;--> statement-breakpoint
CREATE TRIGGER `scorecards_revision_after_delete` AFTER DELETE ON `scorecards` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` = OLD.`application_id`;
END;--> statement-breakpoint
CREATE TRIGGER `users_revision_after_level` AFTER UPDATE OF `level` ON `users` WHEN OLD.`level` IS NOT NEW.`level` BEGIN
  UPDATE `applications` SET `panel_revision` = `panel_revision` + 1 WHERE `id` IN (SELECT i.`application_id` FROM `interviews` i WHERE i.`interviewer_id` = NEW.`id`);
END;
