import { z } from "zod";
import { ROLE_STATUSES } from "@/db/enums";
import { safeTextCheck } from "@/lib/validation/text";

/** Closing a role needs a reason, like withdrawing a candidate; reopening takes one if given. */
export const CLOSE_REASON_MIN = 5;

export const changeRoleStatusSchema = z
  .object({
    roleId: z.string().trim().min(1, "The role is missing. Reload the page.").max(100),
    status: z.enum(ROLE_STATUSES, { error: "Choose open or closed." }),
    /** Why the role closes (or reopens); kept in the audit log. */
    reason: z.string().trim().max(1000, "Keep the reason to 1,000 characters or fewer.").superRefine(safeTextCheck("The reason")).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "closed" && (value.reason ?? "").length < CLOSE_REASON_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Say why the role closes (at least ${CLOSE_REASON_MIN} characters), such as “Position filled”. It goes in the audit log.`,
      });
    }
  });

export type ChangeRoleStatusInput = z.input<typeof changeRoleStatusSchema>;
