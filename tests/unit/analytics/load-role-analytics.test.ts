import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { exportRoleRatings, openRoleRatingsExport, RATINGS_CSV_HEADER } from "@/lib/analytics/export-role-ratings";
import { loadRoleAnalytics } from "@/lib/analytics/load-role-analytics";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId as applicationIdOf, person as personByEmail } from "../roles/db-fixtures";

let handle: Awaited<ReturnType<typeof createSeededDb>>;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

const roleId = (title: string) => {
  const row = handle.db.select({ id: s.roles.id }).from(s.roles).where(eq(s.roles.title, title)).get();
  if (!row) throw new Error(`No role ${title}`);
  return row.id;
};
const analytics = (email: string, title: string) =>
  loadRoleAnalytics(handle.db, { user: personByEmail(handle.db, email), roleId: roleId(title), now: handle.now });

describe("role analytics", () => {
  it("distributes the four demo panels over Staff, Senior, below bar and insufficient evidence", () => {
    const data = analytics("hm@levelset.test", "Backend Engineer, Payments");
    const counts = Object.fromEntries(data?.distribution.map((d) => [d.level, d.count]) ?? []);
    expect(counts).toEqual({ staff: 1, senior: 1, "below-senior-bar": 1, "no-hire": 0, "insufficient-evidence": 1 });
    // Hugo interviews Elena himself and has not submitted, so her row is not in his drill-down (the blind rule).
    expect(data?.applications.find((a) => a.candidateName === "Elena Rossi")).toBeUndefined();
    expect(
      analytics("recruiter@levelset.test", "Backend Engineer, Payments")?.applications.find((a) => a.candidateName === "Elena Rossi")?.level,
    ).toBeNull();
  });

  it("measures alpha on the sections two interviewers rated, and leaves single-rated ones unmeasured", () => {
    const data = analytics("recruiter@levelset.test", "Backend Engineer, Payments");
    const byName = new Map(data?.agreement.map((a) => [a.name, a]));
    expect(byName.get("System design and architecture")?.applications).toBe(4);
    expect(byName.get("System design and architecture")?.alpha).not.toBeNull();
    expect(byName.get("Code quality and engineering excellence")).toMatchObject({ alpha: null, applications: 0 });
    expect(data?.agreement).toHaveLength(9);
  });

  it("gives each interviewer's offset with the number of scorecards behind it", () => {
    const data = analytics("admin@levelset.test", "Backend Engineer, Payments");
    const hugo = data?.interviewers.find((i) => i.name === "Hugo Park");
    expect(hugo?.submittedScorecards).toBe(4);
    expect(hugo?.scorecards).toBe(4);
    expect(hugo?.meanOffset).not.toBeNull();
    const total = data?.interviewers.reduce((sum, i) => sum + i.submittedScorecards, 0);
    expect(total).toBe(16);
  });

  it("compares decisions with the recommendation stored with them, and counts holds apart from them", () => {
    const data = analytics("helen@levelset.test", "Staff Platform Engineer");
    // Ines Moreau and Lena Vogel (revised to hire at Staff) follow it; Kofi Mensah is held, counted apart and in neither.
    expect(data?.decisions).toEqual({ total: 2, against: 0, followed: 2, unknown: 0, held: 1 });
    const kofi = data?.applications.find((a) => a.candidateName === "Kofi Mensah");
    expect(kofi?.decision).toMatchObject({ held: true, against: false, recommendedLevel: "insufficient-evidence" });
  });

  it("is not readable by another role's hiring manager or an interviewer", () => {
    expect(analytics("helen@levelset.test", "Backend Engineer, Payments")).toBeNull();
    expect(analytics("interviewer@levelset.test", "Backend Engineer, Payments")).toBeNull();
  });
});

describe("ratings CSV export", () => {
  it("exports every submitted rating with a header, and neutralises formulas in evidence", () => {
    const applicationId = applicationIdOf(handle.db, "Bruno Díaz");
    const card = handle.db.select({ id: s.scorecards.id }).from(s.scorecards).where(eq(s.scorecards.applicationId, applicationId)).get();
    handle.db
      .update(s.scorecardRatings)
      .set({ evidence: '=HYPERLINK("http://evil.example","click")' })
      .where(eq(s.scorecardRatings.scorecardId, card?.id ?? ""))
      .run();
    const result = exportRoleRatings(handle.db, { user: personByEmail(handle.db, "hm@levelset.test"), roleId: roleId("Backend Engineer, Payments") });
    const lines = result?.csv.split("\r\n") ?? [];
    expect(lines[0]).toBe(RATINGS_CSV_HEADER.join(","));
    // 4 panels × 14 ratings each (3 + 3 + 3 + 5); drafts are left out.
    expect(lines.filter((l) => l !== "").length - 1).toBe(56);
    expect(result?.csv).toContain("Bruno Díaz");
    expect(result?.csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(result?.csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(result?.filename).toBe("backend-engineer-payments-ratings.csv");
  });

  it("reads a role in batches of applications and writes the same file as in one batch", () => {
    const opts = { user: personByEmail(handle.db, "hm@levelset.test"), roleId: roleId("Backend Engineer, Payments") };
    const whole = exportRoleRatings(handle.db, { ...opts, batchSize: 1000 });
    const chunks = [...(openRoleRatingsExport(handle.db, { ...opts, batchSize: 1 })?.chunks() ?? [])];
    // The header, then one chunk per application with a submitted scorecard (the four panels Hugo may read).
    expect(chunks).toHaveLength(5);
    expect(chunks[0]).toBe(`${RATINGS_CSV_HEADER.join(",")}\r\n`);
    for (const chunk of chunks.slice(1))
      expect(
        new Set(
          chunk
            .trimEnd()
            .split("\r\n")
            .map((l) => l.split(",")[1]),
        ).size,
      ).toBe(1);
    expect(chunks.join("")).toBe(whole?.csv);
    // Three to a batch: a full one, then the last with one left.
    const threes = [...(openRoleRatingsExport(handle.db, { ...opts, batchSize: 3 })?.chunks() ?? [])];
    expect(threes).toHaveLength(3);
    expect(threes.join("")).toBe(whole?.csv);
    expect(whole?.csv.split("\r\n").filter((l) => l !== "")).toHaveLength(57);
  });

  it("refuses another role's hiring manager", () => {
    expect(
      exportRoleRatings(handle.db, { user: personByEmail(handle.db, "helen@levelset.test"), roleId: roleId("Backend Engineer, Payments") }),
    ).toBeNull();
  });
});
