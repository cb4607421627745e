/** Display labels for levels and app roles, with no zod, so client components can import them. */
import type { APP_ROLES, ENGINEER_LEVELS } from "@/db/enums";

export const LEVEL_LABELS: Record<(typeof ENGINEER_LEVELS)[number], string> = {
  none: "Not an engineer",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff",
  "senior-staff": "Senior Staff",
  principal: "Principal",
};

export const ROLE_LABELS: Record<(typeof APP_ROLES)[number], string> = {
  recruiter: "Recruiter",
  interviewer: "Interviewer",
  "hiring-manager": "Hiring manager",
  admin: "Admin",
};
