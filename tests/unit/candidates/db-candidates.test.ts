import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateSchema } from "@/lib/candidates/candidate-schema";
import { changeApplicationStatus } from "@/lib/candidates/change-application-status";
import { listPipeline } from "@/lib/candidates/list-pipeline";
import { loadApplication } from "@/lib/candidates/load-application";
import { createSeededDb } from "../helpers/temp-db";
import { applicationId, domainError, people, roleId, snapshot } from "../roles/db-fixtures";

let db: Db;
let close: () => void;
let who: ReturnType<typeof people>;
let payments: string;
let platform: string;

beforeAll(async () => {
  const handle = await createSeededDb();
  db = handle.db;
  close = handle.close;
  who = people(db);
  payments = roleId(db, "Backend Engineer, Payments");
  platform = roleId(db, "Staff Platform Engineer");
});
afterAll(() => close());

const parse = (input: Record<string, unknown>) => addCandidateSchema.parse(input);

describe("addCandidate", () => {
  it("adds a new candidate and an active application, with an audit event", () => {
    const result = addCandidate(db, {
      user: who.rita,
      ...parse({
        roleId: payments,
        name: "Jun Sato",
        email: " Jun.Sato@Example.com ",
        links: "https://github.com/example-jun\n\nhttps://jun.example.com",
        notes: "Referred.",
      }),
    });
    expect(result.existing).toBe(false);
    const candidate = db.select().from(s.candidates).where(eq(s.candidates.id, result.candidateId)).get();
    expect(candidate).toMatchObject({ email: "jun.sato@example.com", links: ["https://github.com/example-jun", "https://jun.example.com/"] });
    const application = db.select().from(s.applications).where(eq(s.applications.id, result.applicationId)).get();
    expect(application).toMatchObject({ status: "active", notes: "Referred." });
    const audit = db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, result.applicationId)).all();
    expect(audit.map((a) => a.action)).toEqual(["candidate.added"]);
  });

  it("attaches the existing candidate when the email is known (any case), keeping their record", () => {
    const before = db.select().from(s.candidates).all().length;
    const result = addCandidate(db, { user: who.rita, ...parse({ roleId: platform, name: "Someone Else", email: "ALICE.CHEN@example.com" }) });
    expect(result).toMatchObject({ existing: true, candidateName: "Alice Chen" });
    expect(db.select().from(s.candidates).all()).toHaveLength(before);
  });

  it("for a hiring manager, answers an email another role knows exactly as a new one, and shows nothing of that role's application", () => {
    // Bruno Díaz is in the Payments pipeline only, with Payments' notes; Helen hires for Staff Platform only.
    const brunoPayments = applicationId(db, "Bruno Díaz");
    const paymentsNotes = db.select({ notes: s.applications.notes }).from(s.applications).where(eq(s.applications.id, brunoPayments)).get()?.notes;
    expect(paymentsNotes).toMatch(/Strong payments background/);
    const known = addCandidate(db, {
      user: who.helen,
      ...parse({ roleId: platform, name: "B. Díaz", email: "bruno.diaz@example.com", notes: "Platform referral." }),
    });
    const unknown = addCandidate(db, {
      user: who.helen,
      ...parse({ roleId: platform, name: "Nobody Known", email: "nobody.known@example.com", notes: "Platform referral." }),
    });
    // The same answer whether or not the email was known.
    expect(known.existing).toBe(false);
    expect(unknown.existing).toBe(false);
    expect(Object.keys(known).sort()).toEqual(Object.keys(unknown).sort());
    // The new application carries only what Helen typed; the Payments notes stay on the Payments application.
    const view = loadApplication(db, { user: who.helen, applicationId: known.applicationId });
    expect(view?.candidate.notes).toBe("Platform referral.");
    expect(JSON.stringify(view)).not.toMatch(/Strong payments background|Backend Engineer, Payments/);
    expect(db.select({ notes: s.applications.notes }).from(s.applications).where(eq(s.applications.id, brunoPayments)).get()?.notes).toBe(
      paymentsNotes,
    );
    // A recruiter is told the person was already known.
    const byRecruiter = addCandidate(db, { user: who.rita, ...parse({ roleId: platform, name: "N. Known", email: "nobody.known2@example.com" }) });
    expect(byRecruiter.existing).toBe(false);
    const again = addCandidate(db, {
      user: who.ada,
      ...parse({ roleId: roleId(db, "Backend Engineer, Payments"), name: "x", email: "nobody.known2@example.com" }),
    });
    expect(again.existing).toBe(true);
  });

  it("refuses a candidate already in this role's pipeline, with a field error and nothing saved", () => {
    const before = snapshot(db);
    const error = domainError(() =>
      addCandidate(db, { user: who.hugo, ...parse({ roleId: payments, name: "Farid", email: "farid.rahimi@example.com" }) }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.email?.[0]).toMatch(/already in the Backend Engineer, Payments pipeline/);
    expect(snapshot(db)).toBe(before);
  });
});

describe("addCandidateSchema (shared by the form and the server)", () => {
  it("names a missing name, a bad email and a link that is not a web address", () => {
    const result = addCandidateSchema.safeParse({
      roleId: payments,
      name: " ",
      email: "not-an-email",
      links: "https://ok.example.com\njavascript:alert(1)",
    });
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath.name).toMatch(/Enter the candidate's name/);
    expect(byPath.email).toMatch(/valid email address/);
    expect(byPath.links).toMatch(/“javascript:alert\(1\)” is not a web address/);
  });
});

describe("application status", () => {
  it("moves along the allowed transitions with an audit event, and refuses the others", () => {
    const farid = applicationId(db, "Farid Rahimi");
    changeApplicationStatus(db, { user: who.rita, applicationId: farid, status: "withdrawn" });
    const before = snapshot(db);
    expect(domainError(() => changeApplicationStatus(db, { user: who.rita, applicationId: farid, status: "debrief" })).code).toBe("conflict");
    expect(snapshot(db)).toBe(before);
    changeApplicationStatus(db, { user: who.rita, applicationId: farid, status: "active" });
    const events = db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, farid)).all();
    expect(events.map((e) => [e.action, e.data])).toEqual([
      ["application.status-changed", { from: "active", to: "withdrawn", roleId: payments }],
      ["application.status-changed", { from: "withdrawn", to: "active", roleId: payments }],
    ]);
    const ines = applicationId(db, "Ines Moreau");
    expect(domainError(() => changeApplicationStatus(db, { user: who.rita, applicationId: ines, status: "active" })).message).toMatch(/decided/);
  });
});

describe("listPipeline", () => {
  it("counts per status and filters by status and by name or email", () => {
    const all = listPipeline(db, { user: who.rita, roleId: payments });
    expect(all.counts).toMatchObject({ debrief: 4 });
    expect(all.total).toBe(all.rows.length);
    expect(listPipeline(db, { user: who.rita, roleId: payments, status: "debrief" }).rows.map((r) => r.candidateName)).toEqual([
      "Alice Chen",
      "Bruno Díaz",
      "Chloe Okafor",
      "Dev Patel",
    ]);
    expect(listPipeline(db, { user: who.rita, roleId: payments, query: "ROSSI" }).rows.map((r) => r.candidateName)).toEqual(["Elena Rossi"]);
    expect(listPipeline(db, { user: who.rita, roleId: payments, query: "%" }).rows).toEqual([]);
    const alice = all.rows.find((r) => r.candidateName === "Alice Chen");
    expect(alice).toMatchObject({ interviewsDone: 4, interviewsTotal: 4 });
  });

  it("pages the rows in name order, keeping the filter, with the figures of the whole pipeline", () => {
    const all = listPipeline(db, { user: who.rita, roleId: payments });
    expect(all.rows.length).toBeGreaterThan(4);
    const pages = Math.ceil(all.total / 2);
    const walked = Array.from({ length: pages }, (_, i) => listPipeline(db, { user: who.rita, roleId: payments, page: i + 1, pageSize: 2 }));
    expect(walked.map((p) => p.rows.length).every((n) => n <= 2)).toBe(true);
    expect(walked.flatMap((p) => p.rows)).toEqual(all.rows);
    expect(walked.every((p) => p.pageCount === pages && p.matching === all.total && p.total === all.total)).toBe(true);
    // Past the last page shows the last page; before the first, the first.
    expect(listPipeline(db, { user: who.rita, roleId: payments, page: 99, pageSize: 2 })).toMatchObject({ page: pages, rows: walked.at(-1)?.rows });
    expect(listPipeline(db, { user: who.rita, roleId: payments, page: -3, pageSize: 2 }).page).toBe(1);
    const debrief = listPipeline(db, { user: who.rita, roleId: payments, status: "debrief", page: 2, pageSize: 3 });
    expect(debrief).toMatchObject({ matching: 4, pageCount: 2, page: 2 });
    expect(debrief.rows.map((r) => r.candidateName)).toEqual(["Dev Patel"]);
    const searched = listPipeline(db, { user: who.rita, roleId: payments, query: "e", pageSize: 1 });
    expect(searched.matching).toBe(all.rows.filter((r) => /e/i.test(r.candidateName) || /e/i.test(r.candidateEmail)).length);
    expect(searched.rows).toHaveLength(1);
  });

  it.each([
    ["the role's hiring manager", "hugo", true],
    ["another role's hiring manager", "helen", false],
    ["an interviewer on the panel", "priya", false],
  ] as const)("puts the permission in the query: %s sees the pipeline: %s", (_who, name, sees) => {
    const everything = listPipeline(db, { user: who.rita, roleId: payments });
    const pipeline = listPipeline(db, { user: who[name], roleId: payments });
    expect(everything.total).toBeGreaterThan(0);
    expect(pipeline.rows).toHaveLength(sees ? everything.rows.length : 0);
    expect(pipeline.total).toBe(sees ? everything.total : 0);
  });
});
