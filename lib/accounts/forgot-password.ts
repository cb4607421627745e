import "server-only";
import type { Db } from "@/db/client";
import { invalid } from "@/lib/errors";
import { requestPasswordReset, RESET_ANSWER_MS } from "./request-password-reset";

/**
 * What the "Forgot password?" form's action runs: the reset request, and the one answer every email gets (whether
 * or not an account uses it). Throttled requests are refused with a sentence saying what to do; nothing is written.
 */
export async function forgotPassword(
  db: Db,
  { email, address, now, minAnswerMs = RESET_ANSWER_MS }: { email: string; address: string; now?: Date; minAnswerMs?: number },
): Promise<{ message: string }> {
  const outcome = await requestPasswordReset(db, { email, address, now, minAnswerMs });
  if (outcome === "throttled") {
    throw invalid("Too many reset links were asked for this address or from this network. Wait an hour and ask again, or ask an admin.");
  }
  return {
    message: `If an active Levelset account uses ${email}, a link to choose a new password is on its way there. It works once, for one hour.`,
  };
}
