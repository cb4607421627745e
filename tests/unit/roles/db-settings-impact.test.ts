import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadSettingsChangeNotices, openDebriefLevels } from "@/lib/roles/settings-impact";
import { updateRoleSettings } from "@/lib/roles/update-role-settings";
import { createSeededDb } from "../helpers/temp-db";
import { currentSettings, domainError, people } from "./db-fixtures";

let db: Db;
let close: () => void;
let who: ReturnType<typeof people>;
const PAYMENTS = "Backend Engineer, Payments";

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  who = people(db);
});
afterAll(() => close());

const settingsOf = (title: string, overrides: Partial<Parameters<typeof updateRoleSettings>[1]> = {}) =>
  currentSettings(db, title, who.rita, overrides);

const storedThresholds = (id: string) => db.select({ t: s.roles.thresholds }).from(s.roles).where(eq(s.roles.id, id)).get()!.t;
const notices = (applicationIds: string[]) =>
  applicationIds.length === 0
    ? []
    : db.select().from(s.settingsLevelChanges).where(inArray(s.settingsLevelChanges.applicationId, applicationIds)).all();
const roleAudits = (id: string) =>
  db
    .select()
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityId, id), eq(s.auditEvents.action, "role.updated")))
    .all();

describe("a settings change that moves open debriefs' recommendations", () => {
  it("is not saved until confirmed; the confirmation saves it and marks each debrief with what it was", () => {
    const current = settingsOf(PAYMENTS);
    const levelsBefore = openDebriefLevels(db, {
      user: who.rita,
      roleId: current.roleId,
      thresholds: storedThresholds(current.roleId),
      now: new Date(),
    });
    expect([...levelsBefore.values()].map((l) => l.level)).toContain("staff");
    // The strictest bars the role's sections allow: every section and every Staff-critical one a clear 2.
    const strict = settingsOf(PAYMENTS, {
      thresholds: { ...current.thresholds, seniorMinTwos: current.sectionIds.length, staffCriticalMinTwos: current.staffCriticalSectionIds.length },
    });
    const auditsBefore = roleAudits(current.roleId).length;

    const first = updateRoleSettings(db, strict);
    if (first.saved) throw new Error("The first save should ask for confirmation.");
    expect(first.impact.changes.length).toBeGreaterThan(0);
    for (const change of first.impact.changes) {
      expect(levelsBefore.get(change.applicationId)?.level).toBe(change.from);
      expect(change.to).not.toBe(change.from);
      expect(change.candidateName).toBe(levelsBefore.get(change.applicationId)?.candidateName);
    }
    const changedIds = first.impact.changes.map((c) => c.applicationId);
    // Nothing was written: the thresholds, the debriefs' notices and the audit log are as they were.
    expect(storedThresholds(current.roleId)).toEqual(
      db.select({ t: s.roles.thresholds }).from(s.roles).where(eq(s.roles.id, current.roleId)).get()!.t,
    );
    expect(storedThresholds(current.roleId).seniorMinTwos).toBeUndefined();
    expect(notices(changedIds)).toEqual([]);
    expect(roleAudits(current.roleId)).toHaveLength(auditsBefore);

    // A token for some other outcome does not approve this one.
    const wrong = updateRoleSettings(db, { ...strict, confirmedImpact: "not-the-token" });
    expect(wrong.saved).toBe(false);
    expect(storedThresholds(current.roleId).seniorMinTwos).toBeUndefined();

    const confirmed = updateRoleSettings(db, { ...strict, confirmedImpact: first.impact.token });
    if (!confirmed.saved) throw new Error("The confirmed save should go through.");
    expect(confirmed.levelChanges.map((c) => c.applicationId)).toEqual(changedIds);
    expect(storedThresholds(current.roleId).seniorMinTwos).toBe(current.sectionIds.length);
    const marked = notices(changedIds);
    expect(marked).toHaveLength(changedIds.length);
    expect(marked.every((n) => n.changedById === who.rita.id && n.what === "thresholds")).toBe(true);
    const audit = roleAudits(current.roleId).at(-1)!;
    expect(audit.data).toMatchObject({
      changed: ["thresholds"],
      before: { thresholds: {} },
      after: { thresholds: { seniorMinTwos: current.sectionIds.length } },
      levelChanges: first.impact.changes.map((c) => ({ applicationId: c.applicationId, from: c.from, to: c.to })),
    });

    // The debrief reads it in words.
    const staffOne = first.impact.changes.find((c) => c.from === "staff");
    if (staffOne) {
      const [notice] = loadSettingsChangeNotices(db, staffOne.applicationId);
      expect(notice).toMatchObject({ what: "thresholds", from: "Staff", changedByName: who.rita.name });
    }

    // Putting the defaults back moves them again: confirmed the same way, and each debrief now has two notices.
    const back = updateRoleSettings(db, current);
    if (back.saved) throw new Error("Going back should ask for confirmation too.");
    expect(back.impact.changes.map((c) => [c.from, c.to])).toEqual(first.impact.changes.map((c) => [c.to, c.from]));
    expect(updateRoleSettings(db, { ...current, confirmedImpact: back.impact.token }).saved).toBe(true);
    expect(notices(changedIds)).toHaveLength(changedIds.length * 2);
  });

  it("a change that moves no debrief saves at once", () => {
    const current = settingsOf(PAYMENTS);
    const result = updateRoleSettings(db, { ...current, title: PAYMENTS });
    expect(result).toMatchObject({ saved: true, levelChanges: [] });
  });

  it("bars the role's sections or plan make impossible are refused with field errors, and nothing changes", () => {
    const current = settingsOf(PAYMENTS);
    const before = storedThresholds(current.roleId);
    const error = domainError(() =>
      updateRoleSettings(db, {
        ...current,
        thresholds: {
          ...current.thresholds,
          seniorMinTwos: current.sectionIds.length + 1,
          staffCriticalMinTwos: current.staffCriticalSectionIds.length + 1,
          staffCriticalMinRaters: 10,
        },
      }),
    );
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      "thresholds.seniorMinTwos",
      "thresholds.staffCriticalMinRaters",
      "thresholds.staffCriticalMinTwos",
    ]);
    expect(error.message).toBe("Nothing was saved: 3 bars could never be cleared on this role. See the highlighted thresholds.");
    expect(storedThresholds(current.roleId)).toEqual(before);
  });
});
