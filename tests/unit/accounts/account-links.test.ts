import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { checkAccountLink, consumeAccountLink, issueAccountLink } from "@/lib/accounts/account-links";
import { hashLinkToken, isLinkTokenShape, linkState, newLinkToken, INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS } from "@/lib/accounts/link-token";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resendInvitation } from "@/lib/accounts/resend-invitation";
import { setPasswordFromLink } from "@/lib/accounts/set-password-from-link";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { readSessionState } from "@/lib/auth/session-version";
import { createPerson } from "@/lib/people/save-person";
import { createSeededDb } from "../helpers/temp-db";
import { DomainError } from "@/lib/errors";
import { people } from "../roles/db-fixtures";

/** The DomainError a call throws or rejects with; fails the test if it succeeds. */
async function domainError(fn: () => unknown): Promise<DomainError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("Expected a DomainError, but the call succeeded.");
}

let db: Db;
let close: () => void;
let who: ReturnType<typeof people>;
const HOUR = 3_600_000;
const T0 = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)?.[1];
const outboxTo = (to: string) => db.select().from(s.outboxMessages).where(eq(s.outboxMessages.to, to)).orderBy(s.outboxMessages.createdAt).all();

beforeAll(async () => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-0123456789";
  const handle = await createSeededDb(T0);
  db = handle.db;
  close = handle.close;
  who = people(db);
});
afterAll(() => close());

describe("link tokens", () => {
  it("are 43 url-safe characters, different every time, stored as their SHA-256 only", () => {
    const a = newLinkToken();
    const b = newLinkToken();
    expect(isLinkTokenShape(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(hashLinkToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(a)).toBe(hashLinkToken(a));
    expect(hashLinkToken(a)).not.toBe(hashLinkToken(b));
    for (const bad of ["", "short", `${a}x`, `${a.slice(0, 42)}/`, 42, null]) expect(isLinkTokenShape(bad)).toBe(false);
  });

  it.each([
    ["unused, before expiry", { expiresAt: later(HOUR), usedAt: null, replacedAt: null }, T0, "valid"],
    ["at the expiry instant", { expiresAt: later(HOUR), usedAt: null, replacedAt: null }, later(HOUR), "expired"],
    ["used", { expiresAt: later(HOUR), usedAt: T0, replacedAt: null }, T0, "used"],
    ["replaced by a newer one", { expiresAt: later(HOUR), usedAt: null, replacedAt: T0 }, T0, "replaced"],
    ["no such link", null, T0, "unknown"],
  ] as const)("a link %s is %s", (_label, row, now, state) => {
    expect(linkState(row, now)).toBe(state);
  });

  it("keep no token in the database, and work exactly once", () => {
    const { token } = issueAccountLink(db, { userId: who.sam.id, purpose: "password-reset", now: T0, ttlMs: HOUR, createdById: null });
    const stored = JSON.stringify(db.select().from(s.accountLinks).all());
    expect(stored).not.toContain(token);
    expect(stored).toContain(hashLinkToken(token));
    expect(checkAccountLink(db, { token, purpose: "invitation", now: T0 }).state).toBe("unknown");
    expect(checkAccountLink(db, { token, purpose: "password-reset", now: T0 })).toMatchObject({ state: "valid", userId: who.sam.id });
    expect(consumeAccountLink(db, { token, purpose: "password-reset", now: T0 })).toBe(who.sam.id);
    expect(consumeAccountLink(db, { token, purpose: "password-reset", now: T0 })).toBeNull();
    expect(checkAccountLink(db, { token, purpose: "password-reset", now: T0 }).state).toBe("used");
  });

  it("expire, and a newer link replaces the older", () => {
    const first = issueAccountLink(db, { userId: who.lee.id, purpose: "password-reset", now: T0, ttlMs: HOUR, createdById: null });
    expect(consumeAccountLink(db, { token: first.token, purpose: "password-reset", now: later(HOUR + 1) })).toBeNull();
    expect(checkAccountLink(db, { token: first.token, purpose: "password-reset", now: later(HOUR + 1) }).state).toBe("expired");
    const second = issueAccountLink(db, { userId: who.lee.id, purpose: "password-reset", now: T0, ttlMs: HOUR, createdById: null });
    const third = issueAccountLink(db, { userId: who.lee.id, purpose: "password-reset", now: T0, ttlMs: HOUR, createdById: null });
    expect(checkAccountLink(db, { token: second.token, purpose: "password-reset", now: T0 }).state).toBe("replaced");
    expect(consumeAccountLink(db, { token: second.token, purpose: "password-reset", now: T0 })).toBeNull();
    expect(consumeAccountLink(db, { token: third.token, purpose: "password-reset", now: T0 })).toBe(who.lee.id);
  });
});

describe("the invitation to join", () => {
  it("is written with the new person, in the same transaction, and its link sets a password once", async () => {
    const { id } = await createPerson(db, {
      actor: who.ada,
      now: T0,
      input: { name: "Grace Hopper", email: "grace@example.com", level: "staff", roles: ["interviewer"], password: "" },
    });
    const [message] = outboxTo("grace@example.com");
    expect(message).toMatchObject({ kind: "invitation-to-join", status: "pending" });
    expect(message!.headers).toEqual({});
    const token = tokenIn(message!.text, "join");
    expect(token).toBeDefined();
    expect(message!.html).toContain(`/join/${token}`);
    const link = db.select().from(s.accountLinks).where(eq(s.accountLinks.userId, id)).get();
    expect(link?.expiresAt.getTime()).toBe(T0.getTime() + INVITATION_TTL_MS);

    const set = await setPasswordFromLink(db, {
      purpose: "invitation",
      now: later(HOUR),
      input: { token: token!, password: "a long enough password", confirm: "a long enough password" },
    });
    expect(set.email).toBe("grace@example.com");
    expect(await checkCredentials(db, "grace@example.com", "a long enough password")).toBe(id);
    const again = await domainError(() =>
      setPasswordFromLink(db, {
        purpose: "invitation",
        now: later(HOUR),
        input: { token: token!, password: "another long password", confirm: "another long password" },
      }),
    );
    expect(again.message).toMatch(/already used/);
    expect(await checkCredentials(db, "grace@example.com", "another long password")).toBeNull();
  });

  it("a failed creation writes no invitation (same transaction)", async () => {
    await domainError(() =>
      createPerson(db, { actor: who.ada, now: T0, input: { name: "Dup", email: "sam@levelset.test", level: "none", roles: [], password: "" } }),
    );
    expect(outboxTo("sam@levelset.test").filter((m) => m.kind === "invitation-to-join")).toHaveLength(0);
  });

  it("resending makes the old link stop working; only admins may", async () => {
    const { id } = await createPerson(db, {
      actor: who.ada,
      now: T0,
      input: { name: "Alan Turing", email: "alan@example.com", level: "senior", roles: ["interviewer"], password: "" },
    });
    const oldToken = tokenIn(outboxTo("alan@example.com")[0]!.text, "join")!;
    await domainError(() => resendInvitation(db, { actor: who.rita, userId: id, now: later(1) }));
    resendInvitation(db, { actor: who.ada, userId: id, now: later(1) });
    const messages = outboxTo("alan@example.com");
    expect(messages).toHaveLength(2);
    const newToken = tokenIn(messages[1]!.text, "join")!;
    expect(newToken).not.toBe(oldToken);
    const stale = await domainError(() =>
      setPasswordFromLink(db, {
        purpose: "invitation",
        now: later(2),
        input: { token: oldToken, password: "a long enough password", confirm: "a long enough password" },
      }),
    );
    expect(stale.message).toMatch(/newer invitation/);
    expect(checkAccountLink(db, { token: newToken, purpose: "invitation", now: later(2) }).state).toBe("valid");
    expect(checkAccountLink(db, { token: newToken, purpose: "invitation", now: later(INVITATION_TTL_MS + 2) }).state).toBe("expired");
  });
});

describe("forgot password", () => {
  it("sends a known active account a one-hour link, and unknown emails nothing, both after the same minimum time", async () => {
    const before = db.select().from(s.outboxMessages).all().length;
    const t = Date.now();
    expect(await requestPasswordReset(db, { email: "nobody@example.com", address: "direct", now: T0, minAnswerMs: 150 })).toBe("sent-if-known");
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(db.select().from(s.outboxMessages).all()).toHaveLength(before);

    const t2 = Date.now();
    expect(await requestPasswordReset(db, { email: " Omar@levelset.test ", address: "direct", now: T0, minAnswerMs: 150 })).toBe("sent-if-known");
    expect(Date.now() - t2).toBeGreaterThanOrEqual(140);
    const [reset] = outboxTo("omar@levelset.test").filter((m) => m.kind === "password-reset");
    const token = tokenIn(reset!.text, "reset-password")!;
    const link = db
      .select()
      .from(s.accountLinks)
      .where(eq(s.accountLinks.tokenHash, hashLinkToken(token)))
      .get();
    expect(link?.expiresAt.getTime()).toBe(T0.getTime() + PASSWORD_RESET_TTL_MS);
    const audit = db.select().from(s.auditEvents).where(eq(s.auditEvents.action, "password.reset-requested")).all();
    expect(audit.map((a) => a.entityId)).toContain(who.omar.id);
  });

  it("using the link sets the new password, ends every other session, and is audited", async () => {
    await requestPasswordReset(db, { email: "maya@levelset.test", address: "direct", now: T0, minAnswerMs: 0 });
    const token = tokenIn(outboxTo("maya@levelset.test").find((m) => m.kind === "password-reset")!.text, "reset-password")!;
    const version = readSessionState(db, who.maya.id)!.sessionVersion;
    await setPasswordFromLink(db, {
      purpose: "password-reset",
      now: later(HOUR - 1),
      input: { token, password: "maya's new password", confirm: "maya's new password" },
    });
    expect(readSessionState(db, who.maya.id)!.sessionVersion).toBe(version + 1);
    expect(await checkCredentials(db, "maya@levelset.test", "maya's new password")).toBe(who.maya.id);
    expect(
      db
        .select()
        .from(s.auditEvents)
        .where(eq(s.auditEvents.action, "password.reset"))
        .all()
        .map((a) => a.entityId),
    ).toContain(who.maya.id);
  });

  it("an expired reset link is refused and changes nothing", async () => {
    await requestPasswordReset(db, { email: "helen@levelset.test", address: "direct", now: T0, minAnswerMs: 0 });
    const token = tokenIn(outboxTo("helen@levelset.test").find((m) => m.kind === "password-reset")!.text, "reset-password")!;
    const version = readSessionState(db, who.helen.id)!.sessionVersion;
    const error = await domainError(() =>
      setPasswordFromLink(db, {
        purpose: "password-reset",
        now: later(HOUR),
        input: { token, password: "too late password", confirm: "too late password" },
      }),
    );
    expect(error.message).toMatch(/expired/);
    expect(readSessionState(db, who.helen.id)!.sessionVersion).toBe(version);
    expect(await checkCredentials(db, "helen@levelset.test", "too late password")).toBeNull();
  });

  it("is throttled per email, known or not: the fourth request in 15 minutes sends nothing", async () => {
    for (const email of ["priya-throttle@example.com", "interviewer@levelset.test"]) {
      for (let i = 0; i < 3; i++) expect(await requestPasswordReset(db, { email, address: "direct", now: T0, minAnswerMs: 0 })).toBe("sent-if-known");
      expect(await requestPasswordReset(db, { email, address: "direct", now: later(60_000), minAnswerMs: 0 })).toBe("throttled");
    }
    expect(outboxTo("interviewer@levelset.test").filter((m) => m.kind === "password-reset")).toHaveLength(3);
  });

  it("is throttled per client address across emails", async () => {
    const address = "203.0.113.9";
    for (let i = 0; i < 20; i++) {
      expect(await requestPasswordReset(db, { email: `spray${i}@example.com`, address, now: T0, minAnswerMs: 0 })).toBe("sent-if-known");
    }
    expect(await requestPasswordReset(db, { email: "spray-last@example.com", address, now: T0, minAnswerMs: 0 })).toBe("throttled");
    expect(await requestPasswordReset(db, { email: "spray-last@example.com", address: "198.51.100.1", now: T0, minAnswerMs: 0 })).toBe(
      "sent-if-known",
    );
  });
});
