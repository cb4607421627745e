"use client";

import { useEffect, useLayoutEffect, useState } from "react";
import type { FieldErrors } from "@/lib/actions/action-result";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import { AutosaveEngine, initialSaveState, readSaveResponse, type SaveRequest } from "./autosave-engine";
import type { SaveState } from "./save-status";

type Options = {
  url: string;
  enabled: boolean;
  initial: { content: ScorecardContent; revision: number; updatedAt: number | null };
  onSaved: (upToDate: boolean) => void;
  onFieldErrors: (errors: FieldErrors) => void;
};

async function putDraft(url: string, request: SaveRequest) {
  const res = await fetch(url, {
    method: "PUT",
    headers: { "content-type": "application/json", accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(request),
  });
  const isJson = (res.headers.get("content-type") ?? "").includes("application/json");
  const body: unknown = isJson ? await res.json().catch(() => null) : null;
  return readSaveResponse({ ok: res.ok, status: res.status, redirected: res.redirected, isJson, body });
}

/**
 * Autosave for a scorecard draft (the engine is ./autosave-engine): `save(content)` after every edit,
 * `flush()` to send now, `stop()` once submitted or in conflict. Also listens for offline/online and
 * makes a last keepalive attempt when the page is hidden.
 */
export function useAutosave(options: Options) {
  const [status, setStatus] = useState<SaveState>(() =>
    initialSaveState({ enabled: options.enabled, revision: options.initial.revision, updatedAt: options.initial.updatedAt }),
  );
  const [engine] = useState(() => new AutosaveEngine({ enabled: options.enabled, ...options.initial }, setStatus));
  // The engine outlives renders; after each commit it is handed this render's URL and callbacks.
  useLayoutEffect(() => {
    const { url, onSaved, onFieldErrors } = options;
    engine.connect({
      send: (request) => putDraft(url, request),
      sendKeepalive: (request) => {
        void fetch(url, {
          method: "PUT",
          keepalive: true,
          headers: { "content-type": "application/json" },
          credentials: "same-origin",
          body: JSON.stringify(request),
        }).catch(() => undefined);
      },
      isOnline: () => navigator.onLine,
      onSaved,
      onFieldErrors,
    });
  });

  useEffect(() => {
    if (!options.enabled) return;
    const goOffline = () => engine.goOffline();
    const goOnline = () => engine.goOnline();
    const onPageHide = () => engine.pageHide();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    window.addEventListener("pagehide", onPageHide);
    if (!navigator.onLine) engine.goOffline();
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      window.removeEventListener("pagehide", onPageHide);
      engine.dispose();
    };
  }, [engine, options.enabled]);

  return {
    status,
    save: (content: ScorecardContent) => engine.save(content),
    flush: () => engine.flush(),
    stop: (conflictMessage?: string) => engine.stop(conflictMessage),
    /** Before a submit: waits for the save in flight; then `revision()` is the base to submit on. */
    settle: () => engine.settle(),
    revision: () => engine.revision,
    isStopped: () => engine.isStopped,
  };
}
