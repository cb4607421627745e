import { NextResponse } from "next/server";
import { db } from "@/db";
import { zodFieldErrors } from "@/lib/actions/validated-action";
import { getCurrentUser } from "@/lib/auth/guards";
import { DomainError } from "@/lib/errors";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { saveDraftBodySchema } from "@/lib/scorecards/scorecard-schema";

const MAX_BODY_CHARS = 400_000;
const STATUS = { invalid: 422, forbidden: 403, "not-found": 404, conflict: 409 } as const;

const answer = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * The scorecard autosave: PUT { baseRevision, content } for one of the caller's interviews.
 * 200 { ok, data: { scorecardId, revision, updatedAt } }; 409 when another tab or window saved first.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) {
    return answer(401, { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again; your text is kept in this browser." });
  }
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return answer(415, { ok: false, code: "invalid", message: "Send the draft as JSON." });
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY_CHARS) {
    return answer(413, { ok: false, code: "invalid", message: "This draft is far larger than a scorecard can be; nothing was saved." });
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return answer(400, { ok: false, code: "invalid", message: "The draft could not be read; nothing was saved. Reload the page and try again." });
  }
  const parsed = saveDraftBodySchema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    const first = Object.values(fieldErrors)[0]?.[0];
    return answer(422, {
      ok: false,
      code: "invalid",
      message: `The draft was not saved. ${first ?? "Some fields are not valid."}`,
      fieldErrors,
    });
  }
  const { interviewId } = await params;
  try {
    const saved = saveScorecardDraft(db(), { user, interviewId, ...parsed.data });
    return answer(200, { ok: true, data: saved });
  } catch (error) {
    if (error instanceof DomainError) {
      return answer(STATUS[error.code], { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors });
    }
    console.error(error);
    return answer(500, {
      ok: false,
      code: "internal",
      message: "Something went wrong on our side and the draft was not saved. It is kept in this browser.",
    });
  }
}
