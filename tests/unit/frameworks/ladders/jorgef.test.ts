import { describe, expect, test } from "vitest";
import { applyLevelMapping } from "@/lib/frameworks/parse-framework-document";
import { expectNoResidue, parseFixture, section } from "./fixtures";

const JORGEF = "jorgef-engineeringladders-developer.md";

describe("jorgef's Developer ladder (## per level D1–D7, <picture> HTML, **Label**: bullets, an Other Pages nav)", () => {
  const parsed = parseFixture(JORGEF);

  test("seven level sections with five expectations each; pictures, the level table and the nav never become items", () => {
    expect(parsed.title).toBe("Developer");
    expect(parsed.sections.filter((s) => s.include).map((s) => [s.name, s.items.length])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [`D${n} - Developer ${n}`, 5]),
    );
    expect(section(parsed, "D1 - Developer 1").items[0]).toBe("Adopts: actively learns and adopts the technology and tools defined by the team");
    expect(section(parsed, "Other Pages").include).toBe(false);
    expect(parsed.setAside.map((e) => e.reason)).toEqual([
      "Table (rows are not read as checklist items)",
      "A list of links to other pages, not expectations",
    ]);
    const all = parsed.sections.flatMap((s) => [...s.items, s.description]).join("\n");
    expect(all).not.toMatch(/charts|png|picture|srcset/);
    expectNoResidue(parsed);
  });

  test("pivoted by the bold labels and mapped to D4 / D5", () => {
    expect([parsed.guessedSenior, parsed.guessedStaff]).toEqual(["D4 - Developer 4", "D5 - Developer 5"]);
    const content = applyLevelMapping(parsed, { senior: "D4 - Developer 4", staff: "D5 - Developer 5", pivot: true });
    const mentors = section(content, "Mentors");
    expect(mentors.seniorSignal).toBe("mentors others to accelerate their career-growth and encourages them to participate");
    expect(mentors.staffSignal).toBe(mentors.seniorSignal);
    expect(mentors.items).toEqual([mentors.seniorSignal]);
    expect(mentors.levelReferences?.map((r) => r.level)).toEqual(["D6 - Developer 6", "D7 - Developer 7"]);
    const adopts = section(content, "Adopts");
    expect(adopts.seniorSignal).toBe("");
    expect(adopts.levelReferences?.map((r) => r.level)).toEqual(["D1 - Developer 1", "D2 - Developer 2"]);
    expectNoResidue(content);
  });
});
