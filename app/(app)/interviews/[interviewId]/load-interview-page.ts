import { notFound } from "next/navigation";
import { db } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { loadInterviewKit } from "@/lib/scorecards/load-interview-kit";
import { loadOwnScorecard } from "@/lib/scorecards/load-scorecard";

/**
 * What the interview's kit page and its panel page both start from: the signed-in user, the kit they may see (a 404
 * when they may not) and their own scorecard for it, if any.
 */
export async function loadInterviewPage(params: Promise<{ interviewId: string }>) {
  const user = await requireUser();
  const { interviewId } = await params;
  const database = db();
  const kit = loadInterviewKit(database, { user, interviewId });
  if (!kit) notFound();
  const own = loadOwnScorecard(database, { user, interviewId });
  return { user, interviewId, database, kit, own };
}
