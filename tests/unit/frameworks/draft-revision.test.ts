import { describe, expect, it } from "vitest";
import { STALE_DRAFT_PREFIX, isStaleDraftRefusal } from "@/lib/frameworks/draft-revision";

describe("isStaleDraftRefusal", () => {
  it.each([
    [
      "the stale-draft refusal the server writes",
      { ok: false as const, code: "conflict", message: `${STALE_DRAFT_PREFIX} (Rita Recruiter) after you opened it. Nothing was saved.` },
      true,
    ],
    ["another conflict", { ok: false as const, code: "conflict", message: "Version 3 is already published." }, false],
    ["the prefix without the conflict code", { ok: false as const, code: "invalid", message: `${STALE_DRAFT_PREFIX} (Rita)` }, false],
    ["a network failure", { ok: false as const, code: "network", message: "Levelset could not be reached." }, false],
  ])("%s → %s", (_label, result, stale) => {
    expect(isStaleDraftRefusal(result)).toBe(stale);
  });
});
