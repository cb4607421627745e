"use client";

import { useEffect, useEffectEvent, useMemo, useState, useSyncExternalStore } from "react";
import { conflictStashKey, decideRestore, localDraftKey, parseLocalDraft, type LocalDraft, type RestoreDecision } from "@/lib/scorecards/local-draft";
import { sameContent, type ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { readStorage, useStoredValue, writeStorage } from "./browser-storage";

export type RestoreNotice = { kind: "restored" | "offer"; savedAt: number; local: LocalDraft };
/** Which copy won when the form opened: decided once per form, from what this browser held at that moment. */
export type Opening = { decision: RestoreDecision; local: LocalDraft | null; restored: { content: ScorecardContent; reason: string } | null };

type Server = { mode: "draft" | "amend"; revision: number; updatedAt: number | null; content: ScorecardContent };

type Options = {
  mode: "draft" | "amend";
  userId: string;
  interviewId: string;
  /** The server's copy as the form shows it, to decide which copy wins when the form opens. */
  server: { revision: number; updatedAt: number | null; content: ScorecardContent };
  /** Fits a stored copy to the form's current sections and red flags. */
  align: (content: ScorecardContent) => ScorecardContent;
  /** The browser's copy won: send it on its way to the server (the form already shows it). */
  onRestored: (restored: { content: ScorecardContent; reason: string }) => void;
};

const subscribeNever = () => () => {};

/** Reads the browser's copy the first time it is asked, and answers the same afterwards (the copy changes with every edit). */
function openingReader(storageKey: string, server: Server, align: Options["align"]): () => Opening {
  let opening: Opening | undefined;
  return () => {
    if (!opening) {
      const local = parseLocalDraft(readStorage(storageKey));
      const decision = decideRestore(local, server);
      const restored = local && decision.kind === "restore" ? { content: align(local.content), reason: local.reason ?? "" } : null;
      opening = { decision, local, restored };
    }
    return opening;
  };
}

/**
 * The browser's own copy of the form (localStorage): written on every edit, dropped once the server has
 * it, restored when the form opens if it is newer than the server's, and offered when it is older. Also
 * the text parked by a Reload after a conflict.
 */
export function useLocalDraft({ mode, userId, interviewId, server, align, onRestored }: Options) {
  const storageKey = localDraftKey(userId, interviewId);
  const stashKey = conflictStashKey(userId, interviewId);
  const [readOpening] = useState(() => openingReader(storageKey, { mode, ...server }, align));
  // Null during the server render and hydration (no storage there), then the decision, once.
  const opening = useSyncExternalStore(subscribeNever, readOpening, () => null);
  const [noticeChoice, setNoticeChoice] = useState<"shown" | "taken" | "dismissed">("shown");
  const stash = useStoredValue(stashKey, { live: true });

  const write = (content: ScorecardContent, reason: string, baseRevision: number) => {
    const record: LocalDraft = { v: 1, mode, content, reason: mode === "amend" ? reason : undefined, savedAt: Date.now(), baseRevision };
    writeStorage(storageKey, JSON.stringify(record));
  };
  const clear = () => writeStorage(storageKey, null);

  // The decision's outside effects: a copy that says nothing new goes; a restored one goes to the server.
  const settleOpening = useEffectEvent((decided: Opening) => {
    if (decided.decision.kind === "discard-local") clear();
    if (decided.restored) onRestored(decided.restored);
  });
  useEffect(() => {
    if (opening) settleOpening(opening);
  }, [opening]);

  const shownLocal = opening?.local ?? null;
  const savedAt = opening && "savedAt" in opening.decision ? opening.decision.savedAt : null;
  let notice: RestoreNotice | null = null;
  if (shownLocal && savedAt !== null && noticeChoice !== "dismissed") {
    if (opening?.decision.kind === "restore" || noticeChoice === "taken") notice = { kind: "restored", savedAt, local: shownLocal };
    else notice = { kind: "offer", savedAt, local: shownLocal };
  }

  return {
    /** The browser's copy, fitted to the form, when it won on opening (show it instead of the server's), else null. */
    restored: opening?.restored ?? null,
    notice,
    write,
    clear,
    /** "Use this browser's copy" on an offer: the notice turns into the restored one (the form commits the copy). */
    takeOffered: () => setNoticeChoice("taken"),
    dismissNotice: () => setNoticeChoice("dismissed"),
    stash,
    dismissStash: () => writeStorage(stashKey, null),
    /** Keeps the text of a conflicted copy across the reload that shows the newer one. */
    parkForReload: (text: string) => {
      writeStorage(stashKey, text);
      clear();
    },
  };
}

/** For a locked scorecard: changes this browser kept that the server never got (an amendment, or an unsent draft). */
export function useUnsavedBrowserCopy(userId: string, interviewId: string, serverContent: ScorecardContent) {
  const raw = useStoredValue(localDraftKey(userId, interviewId), { live: false });
  return useMemo(() => {
    const local = parseLocalDraft(raw);
    if (!local || sameContent(local.content, serverContent)) return null;
    return { savedAt: local.savedAt, amend: local.mode === "amend" };
  }, [raw, serverContent]);
}
