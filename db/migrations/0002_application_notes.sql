ALTER TABLE `applications` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hand-written data move: a candidate's notes were written with their first application, so they go to
-- that application only (never to the person's applications in other roles).
UPDATE `applications` SET `notes` = (SELECT `c`.`notes` FROM `candidates` `c` WHERE `c`.`id` = `applications`.`candidate_id`)
WHERE `applications`.`id` = (
  SELECT `a2`.`id` FROM `applications` `a2` WHERE `a2`.`candidate_id` = `applications`.`candidate_id` ORDER BY `a2`.`created_at`, `a2`.`id` LIMIT 1
);--> statement-breakpoint
ALTER TABLE `candidates` DROP COLUMN `notes`;
