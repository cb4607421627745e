import { z } from "zod";

export { LEVEL_LABELS, ROLE_LABELS } from "./person-labels";
import { safeTextCheck } from "@/lib/validation/text";
import { APP_ROLES, ENGINEER_LEVELS } from "@/db/enums";

const name = z
  .string()
  .trim()
  .min(1, "Enter the person's name.")
  .max(120, "Names are 120 characters at most.")
  .superRefine(safeTextCheck("The name"));
const roles = z
  .array(z.enum(APP_ROLES, { error: "Pick roles from the list." }))
  .max(APP_ROLES.length)
  .default([]);
const level = z.enum(ENGINEER_LEVELS, { error: "Pick a level from the list." });
const password = z.string().min(12, "Passwords need at least 12 characters.").max(200, "Passwords are 200 characters at most.");

export const createPersonSchema = z.object({
  name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Email addresses are 254 characters at most.")
    .pipe(z.email("Enter a valid email address, like name@company.com.")),
  level,
  roles,
  password: z.union([z.literal(""), password]).default(""),
});

export const updatePersonSchema = z.object({
  userId: z.string().min(1),
  name,
  level,
  roles,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  password: z.union([z.literal(""), password]).default(""),
});

export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;
