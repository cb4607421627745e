import { describe, expect, it } from "vitest";
import { markNotHeldSchema } from "@/lib/interviews/not-held-schema";

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

  it.each([["plain text", ok], ["RTL text and emoji", "המועמד לא הגיע 👩🏽‍💻 مرحبا"], ["combining marks", "Cafe\u0301 closed, interview moved"]])(
    "accepts %s",
    (_what, reason) => {
      expect(markNotHeldSchema.safeParse({ interviewId: "i1", reason }).success).toBe(true);
    },
  );
});
