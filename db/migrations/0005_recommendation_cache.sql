CREATE TABLE `application_recommendations` (
	`application_id` text PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`level` text,
	`confidence` text,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
