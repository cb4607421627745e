import { describe, expect, it } from "vitest";
import { editorChecklist, mapFieldErrors, move, sectionKeyFrom, toContent, toEditorDoc } from "@/components/frameworks/editor-model";
import type { FrameworkContent } from "@/lib/frameworks/types";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { slugify } from "@/lib/frameworks/section-key";

describe("the editor's working copy", () => {
  it("round-trips FrameworkContent unchanged", () => {
    expect(toContent(toEditorDoc(DEFAULT_FRAMEWORK))).toEqual(DEFAULT_FRAMEWORK);
    // Byte for byte, as the "Unsaved changes" check compares it.
    expect(JSON.stringify(toContent(toEditorDoc(DEFAULT_FRAMEWORK)))).toBe(JSON.stringify(DEFAULT_FRAMEWORK));
  });

  const [first, second, ...others] = DEFAULT_FRAMEWORK.sections;
  if (!first || !second) throw new Error("nine sections");
  const withReferences: FrameworkContent = {
    name: "x",
    description: "",
    sections: [{ ...first, levelReferences: [{ level: "IC3", text: "Ships tasks." }] }, second, ...others],
  };

  it("keeps level references, leaves out empty optional parts, and keeps the built-in checklist as absent", () => {
    const back = toContent(toEditorDoc(withReferences));
    expect(back).toEqual(withReferences);
    expect("guidance" in back).toBe(false);
    expect("evidenceChecklist" in back).toBe(false);
    expect("levelReferences" in (back.sections[1] ?? {})).toBe(false);
  });

  it("a checklist item follows its sections when a key changes or a section is removed", () => {
    const doc = toEditorDoc({ ...withReferences, evidenceChecklist: [{ label: "Both", description: "", sectionKeys: [first.key, second.key] }] });
    const renamed = {
      ...doc,
      sections: doc.sections.filter((s) => s.key !== second.key).map((s) => (s.key === first.key ? { ...s, key: "renamed" } : s)),
    };
    expect(toContent(renamed).evidenceChecklist).toEqual([{ label: "Both", description: "", sectionKeys: ["renamed"] }]);
  });

  it("customising copies the built-in checklist onto this framework's sections", () => {
    const doc = toEditorDoc(DEFAULT_FRAMEWORK);
    const copy = editorChecklist(DEFAULT_FRAMEWORK.evidenceChecklist ?? [], doc.sections);
    expect(toContent({ ...doc, checklist: copy }).evidenceChecklist).toEqual(DEFAULT_FRAMEWORK.evidenceChecklist);
  });

  it("maps checklist, guidance and level-reference errors to their inputs", () => {
    const doc = toEditorDoc({
      ...withReferences,
      guidance: { senior: ["a"], staff: ["b"] },
      evidenceChecklist: [{ label: "L", description: "", sectionKeys: [] }],
    });
    const { errors, sectionsToOpen } = mapFieldErrors(
      {
        "content.guidance.staff.0": ["Staff line"],
        "content.evidenceChecklist.0.sectionKeys.0": ["Unknown section"],
        "content.evidenceChecklist.0.label": ["Label"],
        "content.sections.0.levelReferences.0.text": ["Reference"],
      },
      doc,
    );
    expect(errors).toEqual({ "gt0-text": "Staff line", "e0-sections": "Unknown section", "e0-label": "Label", "s0r0-text": "Reference" });
    expect(sectionsToOpen).toEqual(["s0"]);
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
