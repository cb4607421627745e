import { describe, expect, it } from "vitest";
import { PLAIN_TERMS, RULE_PLAIN_LANGUAGE } from "@/lib/debrief/labels";

describe("the debrief's plain-language lines", () => {
  const lines = Object.entries(RULE_PLAIN_LANGUAGE);

  it("covers all nine rules", () => {
    expect(lines).toHaveLength(9);
  });

  it.each(lines)("%s reads as one short sentence without the engine's jargon", (_id, line) => {
    expect(line).toMatch(/^[A-Z].*\.$/);
    expect(line.length).toBeLessThanOrEqual(150);
    expect(line).not.toMatch(/median|single-rated|threshold|assessed share|\bn\/a\b/i);
  });

  it("explains the median with a worked example and names each scope", () => {
    expect(PLAIN_TERMS.median).toMatch(/middle/);
    expect(PLAIN_TERMS.median).toMatch(/1, 2 and 2 it is 2/);
    for (const scope of ["own team", "multi-team", "org"]) expect(PLAIN_TERMS.scope).toContain(scope);
  });
});
