import { describe, expect, it } from "vitest";
import { mapFieldErrors, move, sectionKeyFrom, toContent, toEditorDoc } from "@/components/frameworks/editor-model";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { slugify } from "@/lib/frameworks/parse-checklist-markdown";

describe("the editor's working copy", () => {
  it("round-trips FrameworkContent unchanged", () => {
    expect(toContent(toEditorDoc(DEFAULT_FRAMEWORK))).toEqual(DEFAULT_FRAMEWORK);
  });

  it.each([
    [[1, 2, 3, 4], 3, 0, [4, 1, 2, 3]],
    [[1, 2, 3, 4], 0, 3, [2, 3, 4, 1]],
    [[1, 2, 3, 4], 1, 2, [1, 3, 2, 4]],
    [[1, 2, 3], 1, 1, [1, 2, 3]],
    [[1, 2, 3], 0, 5, [1, 2, 3]],
  ])("move(%j, %i, %i) → %j", (list, from, to, expected) => {
    expect(move(list, from, to)).toEqual(expected);
  });

  it.each(["System design & architecture", "Café culture", "C++ depth", "C# services", "  ", "Ownership (Staff) — 2025"])(
    "derives a new section's key like the importer does: %j",
    (name) => {
      expect(sectionKeyFrom(name, [])).toBe(slugify(name));
    },
  );

  it("keeps new keys unique", () => {
    expect(sectionKeyFrom("Debugging", ["debugging", "debugging-2"])).toBe("debugging-3");
  });

  it("maps server field errors to the inputs of the document that was sent, and opens their sections", () => {
    const doc = toEditorDoc(DEFAULT_FRAMEWORK);
    const [s0, s1] = doc.sections;
    if (!s0 || !s1) throw new Error("sections");
    const { errors, sectionsToOpen } = mapFieldErrors(
      {
        "content.name": ["Name it."],
        "content.sections.0.items.2": ["Empty item."],
        "content.sections.1.questions.0.staffSignal": ["Too long."],
        "sections.1.redFlags.0.title": ["Empty title."],
        "content.sections.1.key": ["Bad key."],
        "content.sections": ["Too many."],
      },
      doc,
    );
    expect(errors).toEqual({
      "fw-name": "Name it.",
      [`${s0.items[2]?.uid}-text`]: "Empty item.",
      [`${s1.questions[0]?.uid}-staffSignal`]: "Too long.",
      [`${s1.redFlags[0]?.uid}-title`]: "Empty title.",
      [`${s1.uid}-key`]: "Bad key.",
      "fw-sections": "Too many.",
    });
    expect(sectionsToOpen.sort()).toEqual([s0.uid, s1.uid].sort());
  });
});
