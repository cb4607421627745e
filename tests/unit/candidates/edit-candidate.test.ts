import type Database from "better-sqlite3";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateSchema, editCandidateSchema } from "@/lib/candidates/candidate-schema";
import { editCandidate, STALE_CANDIDATE_MESSAGE } from "@/lib/candidates/edit-candidate";
import { eraseCandidate } from "@/lib/candidates/erase-candidate";
import { loadCandidateForEdit } from "@/lib/candidates/load-candidate-for-edit";
import { createSeededDb } from "../helpers/temp-db";
import { domainError, people, roleId, snapshot } from "../roles/db-fixtures";

let db: Db;
let sqlite: Database.Database;
let file: string;
let close: () => void;
let who: ReturnType<typeof people>;
let payments: string;
let platform: string;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  sqlite = handle.sqlite;
  file = handle.file;
  close = handle.close;
  who = people(db);
  payments = roleId(db, "Backend Engineer, Payments");
  platform = roleId(db, "Staff Platform Engineer");
});
afterAll(() => close());

/** A fresh candidate in Payments (and, with `alsoPlatform`, in Staff Platform too), so each case edits its own. */
function freshCandidate(tag: string, alsoPlatform = false) {
  const email = `${tag}@example.com`;
  const first = addCandidate(db, {
    user: who.rita,
    ...addCandidateSchema.parse({ roleId: payments, name: `Person ${tag}`, email, links: "https://github.com/example", notes: "Payments note." }),
  });
  const second = alsoPlatform
    ? addCandidate(db, { user: who.rita, ...addCandidateSchema.parse({ roleId: platform, name: "ignored", email, notes: "Platform note." }) })
    : null;
  return { paymentsApp: first.applicationId, platformApp: second?.applicationId ?? null, candidateId: first.candidateId, email };
}

const form = (user: SessionUser, applicationId: string) => {
  const loaded = loadCandidateForEdit(db, { user, applicationId });
  if (!loaded) throw new Error("not editable");
  return {
    applicationId,
    revision: String(loaded.revision),
    name: loaded.name,
    email: loaded.email,
    links: loaded.links.join("\n"),
    notes: loaded.notes,
  };
};
const save = (user: SessionUser, input: Record<string, unknown>) => editCandidate(db, { user, ...editCandidateSchema.parse(input) });
const candidateRow = (id: string) => db.select().from(s.candidates).where(eq(s.candidates.id, id)).get();
const events = (candidateId: string) =>
  db
    .select()
    .from(s.auditEvents)
    .where(eq(s.auditEvents.entityId, candidateId))
    .all()
    .filter((e) => e.action === "candidate.updated");

describe("editCandidateSchema: the add form's rules", () => {
  it.each([
    ["a valid edit", {}, true],
    ["an empty name", { name: "  " }, false],
    ["a bad email", { email: "not-an-email" }, false],
    ["a link that is not a web address", { links: "javascript:alert(1)" }, false],
    ["notes over 5,000 characters", { notes: "x".repeat(5001) }, false],
    ["no revision", { revision: undefined }, false],
    ["a negative revision", { revision: "-1" }, false],
  ])("%s", (_what, change, ok) => {
    const base = { applicationId: "a1", revision: "0", name: "Grace Hopper", email: "grace@example.com", links: "", notes: "" };
    const parsed = editCandidateSchema.safeParse({ ...base, ...change });
    expect(parsed.success).toBe(ok);
  });
});

describe("who may edit a candidate (recruiters, admins, the hiring manager of that application's role)", () => {
  it.each([
    ["the recruiter", "rita", null],
    ["an admin", "ada", null],
    ["the role's hiring manager", "hugo", null],
    ["another role's hiring manager", "helen", "not-found"],
    ["an interviewer on the panel", "priya", "forbidden"],
  ] as const)("%s → %s", (_label, key, refused) => {
    const { paymentsApp, candidateId } = freshCandidate(`perm-${key}`);
    const loaded = form(who.rita, paymentsApp);
    const input = { ...loaded, name: `Renamed by ${key}` };
    if (refused) {
      expect(loadCandidateForEdit(db, { user: who[key], applicationId: paymentsApp })).toBeNull();
      const before = snapshot(db);
      expect(domainError(() => save(who[key], input)).code).toBe(refused);
      expect(snapshot(db)).toBe(before);
      return;
    }
    expect(save(who[key], input).changed).toEqual(["name"]);
    expect(candidateRow(candidateId)?.name).toBe(`Renamed by ${key}`);
  });
});

describe("editCandidate", () => {
  it("saves every field, the person's own everywhere and the notes on this application only, audited old → new without the notes' text", () => {
    const { paymentsApp, platformApp, candidateId } = freshCandidate("all-fields", true);
    const result = save(who.hugo, {
      ...form(who.hugo, paymentsApp),
      name: "Grace B. Hopper",
      email: " Grace.Hopper@Example.com ",
      links: "https://github.com/example\nhttps://grace.example.com",
      notes: "Secret-ish note about compensation.",
    });
    expect(result).toMatchObject({ changed: ["name", "email", "links", "notes"], revision: 1 });
    expect(candidateRow(candidateId)).toMatchObject({
      name: "Grace B. Hopper",
      email: "grace.hopper@example.com",
      links: ["https://github.com/example", "https://grace.example.com/"],
      revision: 1,
    });
    // The other role's application shows the new name, and keeps its own notes.
    expect(loadCandidateForEdit(db, { user: who.rita, applicationId: platformApp! })).toMatchObject({
      name: "Grace B. Hopper",
      notes: "Platform note.",
    });
    expect(db.select({ notes: s.applications.notes }).from(s.applications).where(eq(s.applications.id, paymentsApp)).get()?.notes).toBe(
      "Secret-ish note about compensation.",
    );
    const [event] = events(candidateId);
    expect(event).toMatchObject({ actorId: who.hugo.id, entityType: "candidate" });
    expect(event?.data).toMatchObject({
      applicationId: paymentsApp,
      changed: ["name", "email", "links", "notes"],
      name: { from: "Person all-fields", to: "Grace B. Hopper" },
      email: { from: "all-fields@example.com", to: "grace.hopper@example.com" },
      links: { added: ["https://grace.example.com/"], removed: [] },
    });
    expect(JSON.stringify(event)).not.toContain("compensation");
  });

  it("writes nothing when nothing changed", () => {
    const { paymentsApp } = freshCandidate("unchanged");
    const before = snapshot(db);
    expect(save(who.rita, form(who.rita, paymentsApp)).changed).toEqual([]);
    expect(snapshot(db)).toBe(before);
  });

  it("refuses a stale form: the second of two editors who opened it at the same revision", () => {
    const { paymentsApp, candidateId } = freshCandidate("stale");
    const first = form(who.rita, paymentsApp);
    const second = form(who.hugo, paymentsApp);
    save(who.rita, { ...first, name: "First Editor Wins" });
    const before = snapshot(db);
    const error = domainError(() => save(who.hugo, { ...second, notes: "Second editor's note" }));
    expect(error.code).toBe("conflict");
    expect(error.message).toBe(STALE_CANDIDATE_MESSAGE);
    expect(snapshot(db)).toBe(before);
    expect(candidateRow(candidateId)?.name).toBe("First Editor Wins");
    // Reloaded at the new revision, the same edit goes through.
    expect(save(who.hugo, { ...form(who.hugo, paymentsApp), notes: "Second editor's note" }).changed).toEqual(["notes"]);
  });

  it.each([
    ["a recruiter, who is told whose", "rita", /Alice Chen already has alice\.chen@example\.com/],
    ["a hiring manager, who is told only that it is taken", "hugo", /^Another candidate in Levelset already has alice\.chen@example\.com/],
  ] as const)("refuses another candidate's email for %s, on the email field", (_who, key, message) => {
    const { paymentsApp } = freshCandidate(`taken-${key}`);
    const before = snapshot(db);
    const error = domainError(() => save(who[key], { ...form(who[key], paymentsApp), email: "ALICE.CHEN@example.com" }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.email?.[0]).toMatch(message);
    expect(snapshot(db)).toBe(before);
  });

  it("refuses an erased candidate", () => {
    const { paymentsApp, candidateId } = freshCandidate("erased-edit");
    const loaded = form(who.rita, paymentsApp);
    eraseCandidate(db, { user: who.rita, candidateId, confirmName: "Person erased-edit" });
    const error = domainError(() => save(who.rita, { ...loaded, name: "Back From Erasure" }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/erased/);
  });

  it("leaves no earlier name, email or link behind when the candidate is erased after an edit", () => {
    const { paymentsApp, candidateId } = freshCandidate("zanzibarquill");
    save(who.rita, {
      ...form(who.rita, paymentsApp),
      name: "Marlowe Featherstonehaugh",
      email: "marlowe.f@example.com",
      links: "https://marlowe.example.com",
    });
    eraseCandidate(db, { user: who.rita, candidateId, confirmName: "Marlowe Featherstonehaugh" });
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const everyText = JSON.stringify(
      (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) =>
        sqlite.prepare(`SELECT * FROM "${t.name}"`).all(),
      ),
    );
    for (const needle of ["zanzibarquill", "Person zanzibarquill", "Marlowe", "marlowe.f@example.com", "marlowe.example.com"]) {
      expect(everyText.includes(needle), needle).toBe(false);
    }
    expect(fs.readFileSync(file).includes("zanzibarquill")).toBe(false);
  });
});
