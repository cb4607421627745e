/**
 * Headers of a notification. List-Unsubscribe (RFC 2369) gives the sender's mailbox and, with a recipient, the
 * one-click HTTPS link (RFC 8058: List-Unsubscribe-Post tells mail clients a POST there unsubscribes at once).
 */
export function notificationHeaders({
  publicUrl,
  mailFrom,
  unsubscribeToken,
}: {
  publicUrl: string;
  mailFrom?: string;
  unsubscribeToken?: string;
}): Record<string, string> {
  const address = mailFrom ? (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim() : `levelset@${new URL(publicUrl).hostname}`;
  const mailto = `<mailto:${address}?subject=${encodeURIComponent("Unsubscribe from Levelset notifications")}>`;
  if (!unsubscribeToken) return { "List-Unsubscribe": mailto };
  return {
    "List-Unsubscribe": `${mailto}, <${oneClickUnsubscribeUrl(publicUrl, unsubscribeToken)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** Where mail clients POST the one-click unsubscribe (app/api/unsubscribe/[token]/route.ts). */
export function oneClickUnsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/unsubscribe/${encodeURIComponent(token)}`;
}

/** The page a person opens from the link in the message (app/unsubscribe/[token]/page.tsx). */
export function unsubscribePageUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/unsubscribe/${encodeURIComponent(token)}`;
}
