import { describe, expect, it } from "vitest";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { exportFrameworkMarkdown } from "@/lib/frameworks/framework-markdown";
import type { FrameworkContent } from "@/lib/frameworks/types";

const [first, ...rest] = DEFAULT_FRAMEWORK.sections;
if (!first) throw new Error("nine sections");

describe("Markdown export of guidance, checklist and other levels", () => {
  it("writes the bar summary, each checklist item with its sections and rules, and a section's other levels", () => {
    const content: FrameworkContent = {
      ...DEFAULT_FRAMEWORK,
      sections: [{ ...first, levelReferences: [{ level: "IC3", text: "Ships *features* with help." }] }, ...rest],
    };
    const md = exportFrameworkMarkdown(content);
    expect(md).toContain("### Other levels\n\n- **IC3:** Ships \\*features\\* with help.");
    expect(md).toContain("## Bar summary\n\n### Senior\n\n- Owns a problem area end to end and lifts the results of their own team.");
    expect(md).toContain("### Staff\n\n- Changes what the organization can do");
    expect(md).toContain(
      "- **Two to four project deep-dives**: For each project: the problem, the constraints, the approach, the trade-offs made and the measured impact.",
    );
    expect(md).toContain("  - Sections: Scope and impact, Technical depth, System design and architecture");
    expect(md).toContain("  - Needs 2 interviewers\n");
    expect(md).toContain("  - Only multi-team or org evidence counts\n");
  });

  it("writes none of them when the framework has none (the built-in checklist is not repeated)", () => {
    const md = exportFrameworkMarkdown({ name: "Plain", description: "", sections: rest.map(({ levelReferences: _r, ...s }) => s) });
    expect(md).not.toContain("## Bar summary");
    expect(md).not.toContain("## Evidence checklist");
    expect(md).not.toContain("### Other levels");
  });
});
