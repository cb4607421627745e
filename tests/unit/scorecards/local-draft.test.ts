import { describe, expect, it } from "vitest";
import { decideRestore, parseLocalDraft, type LocalDraft } from "@/lib/scorecards/local-draft";
import { emptyContent, type ScorecardContent } from "@/lib/scorecards/scorecard-content";

const serverContent = emptyContent(["sd"]);
const typed: ScorecardContent = {
  ...serverContent,
  ratings: [{ sectionId: "sd", rating: 2, notAssessed: false, evidence: "Typed offline", scope: "team", itemsObserved: [] }],
};
const local = (patch: Partial<LocalDraft> = {}): LocalDraft => ({ v: 1, mode: "draft", content: typed, savedAt: 1_000, baseRevision: 3, ...patch });
const server = (patch: Partial<Parameters<typeof decideRestore>[1]> = {}) => ({
  mode: "draft" as const,
  revision: 3,
  updatedAt: 500,
  content: serverContent,
  ...patch,
});

describe("decideRestore", () => {
  const cases: [string, LocalDraft | null, ReturnType<typeof server>, string][] = [
    ["no local copy: the server's", null, server(), "server"],
    ["edits on top of the current revision: restore", local(), server(), "restore"],
    ["edits on top of the current revision, whatever the clocks say: restore", local({ savedAt: 1 }), server({ updatedAt: 9_999 }), "restore"],
    ["no scorecard on the server yet: restore", local({ baseRevision: 0 }), server({ revision: 0, updatedAt: null }), "restore"],
    [
      "older base but typed after the server's last save: restore",
      local({ baseRevision: 2, savedAt: 2_000 }),
      server({ updatedAt: 1_500 }),
      "restore",
    ],
    ["older base and the server saved later: offer", local({ baseRevision: 2, savedAt: 1_000 }), server({ updatedAt: 1_500 }), "offer"],
    ["the same content: drop the local copy", local({ content: serverContent }), server(), "discard-local"],
    ["an amendment copy on a draft: the server's", local({ mode: "amend" }), server(), "server"],
    [
      "a draft typed before submission, then amending: by time",
      local({ baseRevision: 3, savedAt: 400 }),
      server({ mode: "amend", revision: 4 }),
      "offer",
    ],
    [
      "an amendment on the current revision: restore",
      local({ mode: "amend", reason: "Typo fix in evidence", baseRevision: 4 }),
      server({ mode: "amend", revision: 4 }),
      "restore",
    ],
  ];
  it.each(cases)("%s", (_name, l, s, kind) => {
    expect(decideRestore(l, s).kind).toBe(kind);
  });
});

describe("parseLocalDraft", () => {
  it("reads what it wrote and ignores anything else", () => {
    expect(parseLocalDraft(JSON.stringify(local()))).toEqual(local());
    expect(parseLocalDraft(null)).toBeNull();
    expect(parseLocalDraft("not json")).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ v: 2 }))).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ ...local(), content: { ratings: "x" } }))).toBeNull();
  });
});
