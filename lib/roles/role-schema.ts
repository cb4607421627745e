import { z } from "zod";
import { safeTextCheck } from "@/lib/validation/text";
import { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_SPECS, type ThresholdKey, type Thresholds } from "@/lib/calibration/thresholds";

/**
 * Schemas shared by the role forms (client) and the role actions (server). The forms send plain
 * objects, not FormData, because sections and thresholds depend on the chosen framework version.
 */

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

/** One threshold's rule, in the words a recruiter reads next to the field. */
function thresholdSchema(key: ThresholdKey) {
  const spec = THRESHOLD_SPECS[key];
  const range = spec.kind === "share" ? `between ${spec.min * 100}% and ${spec.max * 100}%` : `between ${spec.min} and ${spec.max}`;
  const base = z
    .number({ error: `Enter a number ${range}.` })
    .refine(Number.isFinite, `Enter a number ${range}.`)
    .refine((v) => v >= spec.min && v <= spec.max, `Enter a number ${range}.`);
  if (spec.kind === "count") return base.refine(Number.isInteger, `Enter a whole number ${range}.`);
  if (spec.kind === "score") return base.refine((v) => Number.isInteger(v * 2), `Enter 0, 0.5, 1, 1.5 or 2 (section scores are medians).`);
  return base;
}

export const thresholdsSchema = z.object(
  Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, thresholdSchema(key)])) as Record<ThresholdKey, ReturnType<typeof thresholdSchema>>,
);

/** Only the values that differ from design.md's defaults are stored, so "reset" and new defaults both work. */
export function thresholdOverrides(values: Thresholds): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  for (const key of THRESHOLD_KEYS) if (values[key] !== DEFAULT_THRESHOLDS[key]) out[key] = values[key];
  return out;
}

/**
 * The columns of a role's row that its settings give, as a new role and a settings save write them (and the audit
 * records them): the pinned version as checked, and only the thresholds that differ from the defaults.
 */
export function roleSettingsRow(
  input: { title: string; team: string; hiresSenior: boolean; hiresStaff: boolean; thresholds: Thresholds },
  frameworkVersionId: string,
) {
  return {
    title: input.title,
    team: input.team,
    hiresSenior: input.hiresSenior,
    hiresStaff: input.hiresStaff,
    frameworkVersionId,
    thresholds: thresholdOverrides(input.thresholds),
  };
}

/** The stored overrides (any JSON) merged onto the defaults; unknown keys and non-numbers are ignored. */
export function thresholdsWithDefaults(stored: Record<string, unknown>): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of THRESHOLD_KEYS) {
    const value = stored[key];
    if (typeof value === "number" && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

export const roleSettingsShape = {
  title: z
    .string({ error: "Give the role a title, like “Backend Engineer, Payments”." })
    .trim()
    .min(1, "Give the role a title, like “Backend Engineer, Payments”.")
    .max(120, "Keep the title to 120 characters or fewer.")
    .superRefine(safeTextCheck("The title")),
  team: z.string().trim().max(80, "Keep the team name to 80 characters or fewer.").superRefine(safeTextCheck("The team name")).default(""),
  hiresSenior: z.boolean().default(false),
  hiresStaff: z.boolean().default(false),
  frameworkVersionId: id("Choose a published framework version."),
  sectionIds: z.array(z.string().max(100)).max(100).default([]),
  staffCriticalSectionIds: z.array(z.string().max(100)).max(100).default([]),
  thresholds: thresholdsSchema,
};

type SettingsLike = {
  hiresSenior: boolean;
  hiresStaff: boolean;
  sectionIds: string[];
  staffCriticalSectionIds: string[];
};

/** Cross-field rules of the settings; field errors keyed the way the form shows them. */
function refineSettings(value: SettingsLike, ctx: z.RefinementCtx) {
  if (!value.hiresSenior && !value.hiresStaff) {
    ctx.addIssue({ code: "custom", path: ["levels"], message: "Choose the level this role hires for: Senior, Staff, or both." });
  }
  if (value.sectionIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sectionIds"], message: "Put at least one section in play." });
  }
  const inPlay = new Set(value.sectionIds);
  if (value.staffCriticalSectionIds.some((s) => !inPlay.has(s))) {
    ctx.addIssue({
      code: "custom",
      path: ["staffCriticalSectionIds"],
      message: "A Staff-critical section must also be in play. Put it in play or untick Staff-critical.",
    });
  } else if (value.hiresStaff && value.staffCriticalSectionIds.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["staffCriticalSectionIds"],
      message: "A role that hires Staff needs at least one Staff-critical section: the Staff bar is decided there.",
    });
  }
}

export const roleSettingsSchema = z
  .object({
    roleId: id("The role is missing. Reload the page."),
    ...roleSettingsShape,
    /** The token of a settings impact the person confirmed (lib/roles/settings-impact.ts); absent on a first save. */
    confirmedImpact: z.string().trim().max(64, "That confirmation is not valid. Save again.").optional(),
  })
  .superRefine(refineSettings);
export type RoleSettingsInput = Omit<z.infer<typeof roleSettingsSchema>, "confirmedImpact">;

export const hiringTeamShape = {
  hiringManagerId: id("Choose the hiring manager."),
  recruiterIds: z.array(z.string().max(100)).max(100).default([]),
  interviewerIds: z.array(z.string().max(100)).max(200).default([]),
};

export const createRoleSchema = z.object({ ...roleSettingsShape, ...hiringTeamShape }).superRefine(refineSettings);
export type CreateRoleInput = z.infer<typeof createRoleSchema>;

export const hiringTeamSchema = z.object({ roleId: id("The role is missing. Reload the page."), ...hiringTeamShape });
export type HiringTeamInput = z.infer<typeof hiringTeamSchema>;
