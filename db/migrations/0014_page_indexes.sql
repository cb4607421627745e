CREATE INDEX `audit_events_action_idx` ON `audit_events` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `interviews_stage_idx` ON `interviews` (`stage_id`);