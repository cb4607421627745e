/** Escapes text for an HTML body; every value placed in a message's HTML goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The HTML part: the same paragraphs as the text part, one link button, nothing that needs images or scripts. */
export function mailHtml(args: { paragraphs: string[]; link?: { href: string; label: string }; footer: string }): string {
  const body = args.paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join("\n");
  const link = args.link
    ? `<p style="margin:16px 0"><a href="${escapeHtml(args.link.href)}" style="color:#1d4ed8">${escapeHtml(args.link.label)}</a></p>`
    : "";
  return [
    "<!doctype html>",
    '<html lang="en"><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">',
    body,
    link,
    `<p style="margin:24px 0 0;font-size:13px;color:#475569">${escapeHtml(args.footer)}</p>`,
    "</body></html>",
  ].join("\n");
}
