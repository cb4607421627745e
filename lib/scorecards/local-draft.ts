import { sameContent, type ScorecardContent } from "./scorecard-content";

/**
 * The browser's own copy of what was typed (localStorage), so a closed tab, a crash or a failed request
 * loses nothing. Pure helpers: the decision of which copy wins is tested without a browser.
 */

export type LocalDraft = {
  v: 1;
  mode: "draft" | "amend";
  content: ScorecardContent;
  /** The amendment reason being typed (amend mode only). */
  reason?: string;
  /** When this browser last changed the copy (ms since epoch). */
  savedAt: number;
  /** The server revision the copy was started from. */
  baseRevision: number;
};

export function localDraftKey(userId: string, interviewId: string): string {
  return `levelset:scorecard:${userId}:${interviewId}`;
}

/** Where the text of a conflicted copy is parked across a reload, so a Reload never throws text away. */
export function conflictStashKey(userId: string, interviewId: string): string {
  return `levelset:scorecard-conflict:${userId}:${interviewId}`;
}

export function parseLocalDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft> | null;
    if (
      !value ||
      value.v !== 1 ||
      (value.mode !== "draft" && value.mode !== "amend") ||
      typeof value.savedAt !== "number" ||
      typeof value.baseRevision !== "number" ||
      !value.content ||
      !Array.isArray(value.content.ratings) ||
      !Array.isArray(value.content.redFlags)
    ) {
      return null;
    }
    return value as LocalDraft;
  } catch {
    return null;
  }
}

export type RestoreDecision =
  /** No usable local copy: show the server's. */
  | { kind: "server" }
  /** The local copy says nothing the server doesn't: drop it quietly. */
  | { kind: "discard-local" }
  /** The local copy is newer: show it, say so, offer to discard it. */
  | { kind: "restore"; savedAt: number }
  /** The server's copy is newer (saved elsewhere after this browser's edit): keep it, offer the local one. */
  | { kind: "offer"; savedAt: number };

/**
 * Which copy to show when the form opens. The local copy wins when it was built on the server's current
 * revision (edits the server never got), or when it was changed after the server's last save.
 */
export function decideRestore(
  local: LocalDraft | null,
  server: { mode: "draft" | "amend"; revision: number; updatedAt: number | null; content: ScorecardContent; reason?: string },
): RestoreDecision {
  // An amendment in progress means nothing once the scorecard is a draft again (it never is, but be safe).
  if (!local || (local.mode === "amend" && server.mode === "draft")) return { kind: "server" };
  const sameReason = (local.reason ?? "") === (server.reason ?? "");
  if (sameContent(local.content, server.content) && sameReason) return { kind: "discard-local" };
  if (local.mode === server.mode && local.baseRevision === server.revision) return { kind: "restore", savedAt: local.savedAt };
  if (server.updatedAt === null || local.savedAt > server.updatedAt) return { kind: "restore", savedAt: local.savedAt };
  return { kind: "offer", savedAt: local.savedAt };
}
