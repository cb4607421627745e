import { NextResponse } from "next/server";
import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { loadReadableScorecard } from "@/lib/scorecards/load-scorecard";

const NO_STORE = { "cache-control": "no-store" };

/**
 * JSON of one scorecard. Readable by its author, recruiters and admins, the role's hiring manager, and the
 * application's other interviewers once they have submitted their own (the permission is in the query).
 * Anyone else gets the same 404 as for an id that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ scorecardId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to read scorecards." }, { status: 401, headers: NO_STORE });
  const { scorecardId } = await params;
  const scorecard = loadReadableScorecard(db(), { user, scorecardId });
  if (!scorecard) {
    return NextResponse.json({ error: "This scorecard was not found, or you don't have access to it yet." }, { status: 404, headers: NO_STORE });
  }
  return NextResponse.json({ scorecard }, { headers: NO_STORE });
}
