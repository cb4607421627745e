import { NextResponse } from "next/server";
import { db } from "@/db";
import { notFound } from "@/lib/errors";
import { withUser } from "@/lib/http/with-user";
import { loadReadableScorecard } from "@/lib/scorecards/load-scorecard";

/**
 * JSON of one scorecard. Readable by its author, recruiters and admins, the role's hiring manager, and the
 * application's other interviewers once they have submitted their own (the permission is in the query).
 * Anyone else gets the same 404 as for an id that does not exist.
 */
export const GET = withUser<{ scorecardId: string }>({ answer: "json", signedOut: "Sign in to read scorecards." }, ({ user, params }) => {
  const scorecard = loadReadableScorecard(db(), { user, scorecardId: params.scorecardId });
  if (!scorecard) throw notFound("This scorecard");
  return NextResponse.json({ scorecard }, { headers: { "cache-control": "no-store" } });
});
