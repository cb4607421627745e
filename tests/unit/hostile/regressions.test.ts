import { describe, expect, it, vi } from "vitest";
import { createFramework } from "@/lib/frameworks/create-framework";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";
import { isSafeText } from "@/lib/validation/text";
import { createSeededDb } from "../helpers/temp-db";
import { people } from "../roles/db-fixtures";
import { badStoredText, JSON_COLUMNS } from "./harness";

// The harness imports validated-action.ts, which imports the session guards (next-auth); nothing here calls them.
vi.mock("@/lib/auth/guards", () => ({ requireUser: () => Promise.reject(new Error("not used")), hasRole: () => false }));

/** Bugs the hostile properties found, pinned as plain table tests. */
describe("mark not held: the reason follows the text rule", () => {
  const ok = "The candidate did not join the call.";
  it.each([
    ["a NUL", `${ok}\u0000`, /null character/],
    ["a lone high surrogate", `${ok}\uD800`, /broken character/],
    ["a lone low surrogate", `${ok}\uDFFF`, /broken character/],
    ["a bidi override", `${ok}\u202E`, /text-direction control/],
    ["a bidi isolate", `\u2066${ok}`, /text-direction control/],
  ])("refuses %s with a message naming the problem", (_what, reason, message) => {
    const parsed = markNotHeldSchema.safeParse({ interviewId: "i1", reason });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(message);
    expect(parsed.error?.issues[0]?.message).toMatch(/^The reason /);
  });

  it.each([
    ["plain text", ok],
    ["RTL text and emoji", "המועמד לא הגיע 👩🏽‍💻 مرحبا"],
    ["combining marks", "Cafe\u0301 closed, interview moved"],
  ])("accepts %s", (_what, reason) => {
    expect(markNotHeldSchema.safeParse({ interviewId: "i1", reason }).success).toBe(true);
  });
});

/**
 * A random seed once failed the hostile property on createFrameworkAction: a framework name such as `["\ud800"]`
 * (typed text that only looks like JSON) was decoded by the harness as if it were a JSON column, and the lone
 * surrogate its escape spells was reported as stored. The product stored well-formed text; the harness now decodes
 * only the columns the schema declares as JSON.
 */
describe("stored-text check: only JSON columns are decoded", () => {
  it("knows the schema's JSON columns", () => {
    expect([...JSON_COLUMNS].sort()).toEqual(
      expect.arrayContaining([
        "audit_events.data",
        "candidates.links",
        "decisions.engine_snapshot",
        "scorecard_amendments.before",
        "roles.thresholds",
      ]),
    );
    expect(JSON_COLUMNS.has("frameworks.name")).toBe(false);
  });

  it("accepts a framework name that looks like JSON with an escape, and still catches a real broken character in JSON", async () => {
    const handle = await createSeededDb();
    try {
      const admin = people(handle.db).ada;
      const looksLikeJson = String.raw`["\ud800"]`;
      expect(isSafeText(looksLikeJson)).toBe(true);
      createFramework(handle.db, { user: admin, source: "blank", content: { name: looksLikeJson, description: "", sections: [] } });
      expect(badStoredText(handle.sqlite)).toEqual([]);
      const auditId = (handle.sqlite.prepare("SELECT id FROM audit_events LIMIT 1").get() as { id: string }).id;
      handle.sqlite.prepare("UPDATE audit_events SET data = ? WHERE id = ?").run(JSON.stringify({ note: "\uD800" }), auditId);
      expect(badStoredText(handle.sqlite)).toEqual([
        "audit_events.data: This text contains a broken character (an unpaired surrogate); retype or paste it again.",
      ]);
    } finally {
      handle.close();
    }
  });
});
