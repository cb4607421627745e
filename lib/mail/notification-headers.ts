/**
 * Headers of a notification. List-Unsubscribe (RFC 2369) asks the sender's mailbox to stop: the one-click link of
 * notification preferences replaces it once people can turn each kind off on their profile.
 */
export function notificationHeaders({ publicUrl, mailFrom }: { publicUrl: string; mailFrom?: string }): Record<string, string> {
  const address = mailFrom ? (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim() : `levelset@${new URL(publicUrl).hostname}`;
  return { "List-Unsubscribe": `<mailto:${address}?subject=${encodeURIComponent("Unsubscribe from Levelset notifications")}>` };
}
