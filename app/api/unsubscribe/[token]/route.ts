import { db } from "@/db";
import { textResponse } from "@/lib/http/responses";
import { readUnsubscribeLink, unsubscribeWithToken } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

const NOT_VALID = "This unsubscribe link is not valid. Open the latest message from Levelset, or turn notifications off on your profile.";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST here from the List-Unsubscribe header, and the confirmation
 * page's button does too. The signed token is the only permission; a GET never changes anything (link scanners
 * fetch links), it only leads to the page.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!unsubscribeWithToken(db(), token)) return textResponse(404, NOT_VALID);
  // A browser's form submission goes on to the confirmation; a mail client's one-click POST just gets 200.
  if ((request.headers.get("accept") ?? "").includes("text/html")) {
    return new Response(null, {
      status: 303,
      headers: { Location: `/unsubscribe/${encodeURIComponent(token)}?done=1`, "Cache-Control": "no-store" },
    });
  }
  return textResponse(200, "Unsubscribed.");
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!readUnsubscribeLink(db(), token)) return textResponse(404, NOT_VALID);
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" } });
}
