import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AUTOSAVE_DEBOUNCE_MS,
  AutosaveEngine,
  OFFLINE_RETRY_MS,
  readSaveResponse,
  type SaveOutcome,
  type SaveRequest,
} from "@/components/scorecards/autosave-engine";
import type { SaveState } from "@/components/scorecards/save-status";
import { emptyContent, type ScorecardContent } from "@/lib/scorecards/scorecard-content";

/** Content whose summary names the edit, so a request shows which edit it carried. */
const edit = (n: number): ScorecardContent => ({ ...emptyContent(["sd"]), summary: `edit ${n}` });

type Pending = { request: SaveRequest; resolve: (o: SaveOutcome) => void; reject: (e: Error) => void };

/** An engine wired to a fake server whose answers the test gives, one request at a time. */
function harness({ enabled = true, revision = 0, updatedAt = null as number | null } = {}) {
  const statuses: SaveState[] = [];
  const pending: Pending[] = [];
  const sent: SaveRequest[] = [];
  const keepalive: SaveRequest[] = [];
  const saved: boolean[] = [];
  const fieldErrors: unknown[] = [];
  let online = true;
  let inFlight = 0;
  let maxInFlight = 0;
  const engine = new AutosaveEngine({ enabled, content: emptyContent(["sd"]), revision, updatedAt }, (s) => statuses.push(s));
  engine.connect({
    send: (request) => {
      sent.push(request);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<SaveOutcome>((resolve, reject) => {
        pending.push({
          request,
          resolve: (o) => {
            inFlight -= 1;
            resolve(o);
          },
          reject: (e) => {
            inFlight -= 1;
            reject(e);
          },
        });
      });
    },
    sendKeepalive: (request) => keepalive.push(request),
    isOnline: () => online,
    onSaved: (upToDate) => saved.push(upToDate),
    onFieldErrors: (e) => fieldErrors.push(e),
  });
  let nextRevision = revision;
  return {
    engine,
    statuses,
    sent,
    keepalive,
    saved,
    fieldErrors,
    status: () => statuses.at(-1)?.kind ?? "initial",
    maxInFlight: () => maxInFlight,
    setOnline(value: boolean) {
      online = value;
    },
    /** Answers the oldest open request as saved, with the next revision. */
    async answerSaved(at = 1_000) {
      const next = pending.shift();
      if (!next) throw new Error("no request is open");
      nextRevision += 1;
      next.resolve({ kind: "saved", revision: nextRevision, updatedAt: at });
      await vi.advanceTimersByTimeAsync(0);
    },
    async answer(outcome: SaveOutcome | Error) {
      const next = pending.shift();
      if (!next) throw new Error("no request is open");
      if (outcome instanceof Error) next.reject(outcome);
      else next.resolve(outcome);
      await vi.advanceTimersByTimeAsync(0);
    },
    open: () => pending.length,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the autosave engine", () => {
  it("starts idle for a new draft, saved for an existing one, local for an amendment", () => {
    const fresh = harness();
    const existing = harness({ revision: 3, updatedAt: 500 });
    const amend = harness({ enabled: false, revision: 3 });
    fresh.engine.goOffline();
    fresh.engine.goOnline();
    expect(fresh.statuses.at(-1)).toEqual({ kind: "idle" });
    existing.engine.goOffline();
    existing.engine.goOnline();
    expect(existing.statuses.at(-1)).toEqual({ kind: "saved", at: 500 });
    amend.engine.save(edit(1));
    expect(amend.statuses).toEqual([]);
  });

  it("debounces: nothing is sent while typing continues, then one request with the latest edit", async () => {
    const h = harness();
    h.engine.save(edit(1));
    expect(h.status()).toBe("dirty");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    expect(h.sent).toHaveLength(0);
    h.engine.save(edit(2));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    h.engine.save(edit(3));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    expect(h.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent.map((r) => r.content.summary)).toEqual(["edit 3"]);
    expect(h.status()).toBe("saving");
    await h.answerSaved(1_234);
    expect(h.statuses.at(-1)).toEqual({ kind: "saved", at: 1_234 });
    expect(h.saved).toEqual([true]);
    expect(h.fieldErrors).toEqual([{}]);
  });

  it("keeps one save in flight: edits made meanwhile coalesce into one follow-up on the new revision", async () => {
    const h = harness({ revision: 2, updatedAt: 10 });
    h.engine.save(edit(1));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(h.sent).toHaveLength(1);
    h.engine.save(edit(2));
    h.engine.save(edit(3));
    void h.engine.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 3);
    expect(h.sent).toHaveLength(1);
    await h.answerSaved();
    // The save landed but newer edits exist: still dirty, and the browser copy stays.
    expect(h.saved).toEqual([false]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(h.sent.map((r) => [r.baseRevision, r.content.summary])).toEqual([
      [2, "edit 1"],
      [3, "edit 3"],
    ]);
    expect(h.open()).toBe(1);
    await h.answerSaved();
    expect(h.saved).toEqual([false, true]);
    expect(h.status()).toBe("saved");
    expect(h.maxInFlight()).toBe(1);
  });

  it("flush sends at once, waits for the save in flight, and sends nothing when nothing changed", async () => {
    const h = harness();
    await h.engine.flush();
    expect(h.sent).toHaveLength(0);
    h.engine.save(edit(1));
    const first = h.engine.flush();
    expect(h.sent).toHaveLength(1);
    h.engine.save(edit(2));
    const second = h.engine.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.sent).toHaveLength(1);
    await h.answerSaved();
    await first;
    expect(h.sent.map((r) => r.content.summary)).toEqual(["edit 1", "edit 2"]);
    await h.answerSaved();
    await second;
    await h.engine.flush();
    expect(h.sent).toHaveLength(2);
    expect(h.maxInFlight()).toBe(1);
  });

  it("retries after a network failure, and says offline meanwhile", async () => {
    const h = harness();
    h.engine.save(edit(1));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    await h.answer(new TypeError("Failed to fetch"));
    expect(h.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS - 1);
    expect(h.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toHaveLength(2);
    await h.answerSaved();
    expect(h.status()).toBe("saved");
  });

  it("holds edits while the browser is offline and sends them when it is back", async () => {
    const h = harness();
    h.setOnline(false);
    h.engine.save(edit(1));
    expect(h.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(h.sent).toHaveLength(0);
    h.setOnline(true);
    h.engine.goOnline();
    expect(h.sent.map((r) => r.content.summary)).toEqual(["edit 1"]);
    await h.answerSaved();
    expect(h.status()).toBe("saved");
  });

  it("stops for good on a conflict: no more requests, whatever is typed", async () => {
    const h = harness({ revision: 1 });
    h.engine.save(edit(1));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    await h.answer({ kind: "conflict", message: "This scorecard was changed in another tab." });
    expect(h.statuses.at(-1)).toEqual({ kind: "conflict", message: "This scorecard was changed in another tab." });
    expect(h.engine.isStopped).toBe(true);
    h.engine.save(edit(2));
    h.engine.goOnline();
    h.engine.pageHide();
    await h.engine.flush();
    await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS * 2);
    expect(h.sent).toHaveLength(1);
    expect(h.keepalive).toHaveLength(0);
    expect(h.status()).toBe("conflict");
  });

  it("shows a refused save's message and field errors, and sends again on the next edit", async () => {
    const h = harness();
    h.engine.save(edit(1));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    await h.answer({ kind: "failed", message: "Evidence is too long.", fieldErrors: { "ratings.sd.evidence": ["Too long."] } });
    expect(h.statuses.at(-1)).toEqual({ kind: "error", message: "Evidence is too long." });
    expect(h.fieldErrors).toEqual([{ "ratings.sd.evidence": ["Too long."] }]);
    h.engine.save(edit(2));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(h.sent).toHaveLength(2);
  });

  it("makes one keepalive attempt on page hide, only with unsaved edits and nothing in flight", async () => {
    const h = harness();
    h.engine.pageHide();
    expect(h.keepalive).toHaveLength(0);
    h.engine.save(edit(1));
    h.engine.pageHide();
    expect(h.keepalive.map((r) => r.content.summary)).toEqual(["edit 1"]);
    void h.engine.flush();
    h.engine.save(edit(2));
    h.engine.pageHide();
    expect(h.keepalive).toHaveLength(1);
    await h.answerSaved();
  });

  it("settle cancels the pending debounce and waits for the request in flight, so a submit builds on its revision", async () => {
    const h = harness({ revision: 4 });
    h.engine.save(edit(1));
    void h.engine.flush();
    h.engine.save(edit(2));
    let settled = false;
    const settling = h.engine.settle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await h.answerSaved();
    await settling;
    expect(h.engine.revision).toBe(5);
    // A successful submit stops autosave: the edit still waiting is never sent as a draft.
    h.engine.stop();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(h.sent).toHaveLength(1);
  });

  it("never has two requests in flight, and the last request carries the last edit (any order of typing, pauses and answers)", async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("edit" as const) }),
      fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 2_000 }) }),
      fc.record({ kind: fc.constant("answer" as const), fail: fc.boolean() }),
      fc.record({ kind: fc.constant("flush" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const h = harness();
        let edits = 0;
        for (const s of steps) {
          if (s.kind === "edit") h.engine.save(edit(++edits));
          if (s.kind === "wait") await vi.advanceTimersByTimeAsync(s.ms);
          if (s.kind === "flush") void h.engine.flush();
          if (s.kind === "answer" && h.open() > 0) await (s.fail ? h.answer(new TypeError("offline")) : h.answerSaved());
          expect(h.open()).toBeLessThanOrEqual(1);
        }
        // Let everything settle: answer every request, run every timer.
        for (let i = 0; i < 100 && (h.open() > 0 || vi.getTimerCount() > 0); i++) {
          if (h.open() > 0) await h.answerSaved();
          else await vi.runOnlyPendingTimersAsync();
        }
        expect(h.maxInFlight()).toBeLessThanOrEqual(1);
        if (edits > 0) {
          expect(h.sent.at(-1)?.content.summary).toBe(`edit ${edits}`);
          expect(h.status()).toBe("saved");
        } else {
          expect(h.sent).toHaveLength(0);
        }
        h.engine.dispose();
      }),
      { numRuns: 60 },
    );
  });
});

describe("readSaveResponse", () => {
  const saved = { ok: true, data: { scorecardId: "s1", revision: 7, updatedAt: 99 } };
  const cases: [string, Parameters<typeof readSaveResponse>[0], SaveOutcome][] = [
    ["a saved draft", { ok: true, status: 200, redirected: false, isJson: true, body: saved }, { kind: "saved", revision: 7, updatedAt: 99 }],
    [
      "a conflict",
      { ok: false, status: 409, redirected: false, isJson: true, body: { ok: false, code: "conflict", message: "Changed elsewhere." } },
      { kind: "conflict", message: "Changed elsewhere." },
    ],
    [
      "a signed-out answer",
      { ok: false, status: 401, redirected: false, isJson: true, body: { ok: false, message: "Sign in." } },
      { kind: "failed", message: "Your session has ended. Sign in again in another tab; everything you typed is kept in this browser." },
    ],
    [
      "a redirect to the sign-in page",
      { ok: true, status: 200, redirected: true, isJson: false, body: null },
      { kind: "failed", message: "Your session has ended. Sign in again in another tab; everything you typed is kept in this browser." },
    ],
    [
      "a refused save with field errors",
      {
        ok: false,
        status: 400,
        redirected: false,
        isJson: true,
        body: { ok: false, message: "Check the evidence.", fieldErrors: { "ratings.sd.evidence": ["Too long."] } },
      },
      { kind: "failed", message: "Check the evidence.", fieldErrors: { "ratings.sd.evidence": ["Too long."] } },
    ],
    [
      "a JSON error without a body",
      { ok: false, status: 500, redirected: false, isJson: true, body: null },
      {
        kind: "failed",
        message: "The server couldn't save your changes (error 500). They are kept in this browser and will be sent again when you keep typing.",
        fieldErrors: {},
      },
    ],
  ];
  it.each(cases)("%s", (_name, res, expected) => {
    expect(readSaveResponse(res)).toEqual(expected);
  });
});
