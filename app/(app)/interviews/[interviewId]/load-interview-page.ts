import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { loadOwnScorecard } from "@/lib/scorecards/load-scorecard";

/**
 * What the interview's kit page and its panel page both start from: the signed-in user, the kit they may see (a 404
 * when they may not) and their own scorecard for it, if any.
 */
export async function loadInterviewPage(params: Promise<{ interviewId: string }>) {
  const { interviewId } = await params;
  const { user, kit } = await kitOfRequest(interviewId);
  const database = db();
  if (!kit) notFound();
  const own = loadOwnScorecard(database, { user, interviewId });
  return { user, interviewId, database, kit, own };
}

/**
 * The signed-in user and the kit of `interviewId` they may see (null when they may not), read once per request: the
 * page's title and the page itself both need it.
 */
export const kitOfRequest = cache(async (interviewId: string) => {
  const user = await requireUser();
  return { user, kit: loadInterviewKit(db(), { user, interviewId }) };
});
