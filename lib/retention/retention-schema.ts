import { z } from "zod";
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from "./retention-rules";

const MONTHS_MESSAGE = `Enter a whole number of months from ${RETENTION_MONTHS_MIN} to ${RETENTION_MONTHS_MAX}.`;

export const retentionSettingSchema = z
  .object({
    enabled: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    months: z.string().trim().max(10, MONTHS_MESSAGE).default(""),
  })
  .transform((input, ctx) => {
    if (!input.enabled) return { months: null };
    const months = Number(input.months);
    if (!/^\d+$/.test(input.months) || !Number.isInteger(months) || months < RETENTION_MONTHS_MIN || months > RETENTION_MONTHS_MAX) {
      ctx.addIssue({ code: "custom", path: ["months"], message: MONTHS_MESSAGE });
      return z.NEVER;
    }
    return { months };
  });

/** "Run now" carries nothing but a confirmation that the admin saw the list. */
export const runRetentionSchema = z.object({
  confirm: z.literal("yes", { error: "Confirm that the listed candidates should be erased now." }),
});
