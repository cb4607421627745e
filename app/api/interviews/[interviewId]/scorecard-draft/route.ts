import { NextResponse } from "next/server";
import { db } from "@/db";
import { zodFieldErrors } from "@/lib/actions/validated-action";
import { refusal, withUser } from "@/lib/http/with-user";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { saveDraftBodySchema } from "@/lib/scorecards/scorecard-schema";

const MAX_BODY_CHARS = 400_000;

/**
 * The scorecard autosave: PUT { baseRevision, content } for one of the caller's interviews.
 * 200 { ok, data: { scorecardId, revision, updatedAt } }; 409 when another tab or window saved first.
 */
export const PUT = withUser<{ interviewId: string }>(
  {
    answer: "json",
    signedOut: "Your session has ended. Sign in again; your text is kept in this browser.",
    failed: "Something went wrong on our side and the draft was not saved. It is kept in this browser.",
  },
  async ({ request, user, params }) => {
    if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
      return refusal("json", 415, "invalid", "Send the draft as JSON.");
    }
    const raw = await request.text();
    if (raw.length > MAX_BODY_CHARS) {
      return refusal("json", 413, "invalid", "This draft is far larger than a scorecard can be; nothing was saved.");
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return refusal("json", 400, "invalid", "The draft could not be read; nothing was saved. Reload the page and try again.");
    }
    const parsed = saveDraftBodySchema.safeParse(body);
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      const first = Object.values(fieldErrors)[0]?.[0];
      return refusal("json", 422, "invalid", `The draft was not saved. ${first ?? "Some fields are not valid."}`, fieldErrors);
    }
    const saved = saveScorecardDraft(db(), { user, interviewId: params.interviewId, ...parsed.data });
    return NextResponse.json({ ok: true, data: saved }, { headers: { "cache-control": "no-store" } });
  },
);
