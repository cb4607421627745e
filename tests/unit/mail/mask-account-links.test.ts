import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { invitationMessage, passwordResetMessage } from "@/lib/accounts/account-messages";
import { newLinkToken } from "@/lib/accounts/link-token";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { UNKNOWN_ADDRESS } from "@/lib/auth/throttle-policy";
import { listOutboxMessages } from "@/lib/mail/list-outbox-messages";
import { HIDDEN_LINK_TOKEN, maskAccountLinks } from "@/lib/mail/mask-account-links";
import { createPerson } from "@/lib/people/save-person";
import { createSeededDb } from "../helpers/temp-db";
import { people } from "../roles/db-fixtures";

const token = newLinkToken();
const other = newLinkToken();
const BASE = "https://levelset.example.com";
const expires = new Date("2026-06-08T12:00:00Z");

describe("maskAccountLinks", () => {
  it.each([
    ["a join link", `Set your password: ${BASE}/join/${token}\n`, `Set your password: ${BASE}/join/${HIDDEN_LINK_TOKEN}\n`],
    ["a reset link", `${BASE}/reset-password/${token}.`, `${BASE}/reset-password/${HIDDEN_LINK_TOKEN}.`],
    [
      "an HTML href and its text",
      `<a href="${BASE}/join/${token}">${BASE}/join/${token}</a>`,
      `<a href="${BASE}/join/${HIDDEN_LINK_TOKEN}">${BASE}/join/${HIDDEN_LINK_TOKEN}</a>`,
    ],
    ["two links", `/join/${token} /reset-password/${other}`, `/join/${HIDDEN_LINK_TOKEN} /reset-password/${HIDDEN_LINK_TOKEN}`],
    ["a relative link", `/join/${token}`, `/join/${HIDDEN_LINK_TOKEN}`],
    ["the kit link of an interview", `${BASE}/interviews/${token}`, `${BASE}/interviews/${token}`],
    ["the unsubscribe link", `${BASE}/unsubscribe/${token}`, `${BASE}/unsubscribe/${token}`],
    ["a calendar feed link", `${BASE}/calendar/${token}.ics`, `${BASE}/calendar/${token}.ics`],
    ["something longer than a token", `/join/${token}x`, `/join/${token}x`],
    ["the forgot-password page", `${BASE}/forgot-password`, `${BASE}/forgot-password`],
  ])("%s", (_label, body, expected) => {
    expect(maskAccountLinks(body)).toBe(expected);
  });

  it.each([
    [
      "the invitation to join",
      invitationMessage({
        name: "Juno",
        email: "juno@example.com",
        invitedBy: "Ada Admin",
        joinUrl: `${BASE}/join/${token}`,
        expiresAt: expires,
        signInUrl: `${BASE}/sign-in`,
        oidcName: "your company account",
      }),
    ],
    [
      "the password reset",
      passwordResetMessage({ name: "Juno", resetUrl: `${BASE}/reset-password/${token}`, expiresAt: expires, forgotUrl: `${BASE}/forgot-password` }),
    ],
  ])("hides the token of %s in both its text and its HTML, and nothing else", (_label, message) => {
    for (const part of [message.text, message.html]) {
      expect(part).toContain(token);
      const masked = maskAccountLinks(part);
      expect(masked).not.toContain(token);
      expect(masked).toContain(HIDDEN_LINK_TOKEN);
      // Only the token changed.
      expect(masked.split(HIDDEN_LINK_TOKEN).join(token)).toBe(part);
    }
  });
});

describe("Outbox with and without a mail server", () => {
  let db: Db;
  let close: () => void;
  let who: ReturnType<typeof people>;
  beforeAll(async () => {
    process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
    const handle = await createSeededDb();
    db = handle.db;
    close = handle.close;
    who = people(db);
    await createPerson(db, {
      actor: who.ada,
      input: { name: "Juno Joiner", email: "juno@levelset.test", level: "senior", roles: ["interviewer"], password: "" },
    });
    await requestPasswordReset(db, { email: "lee@levelset.test", address: UNKNOWN_ADDRESS, minAnswerMs: 0 });
  });
  afterAll(() => close());

  const linksIn = (texts: string[]) => texts.join("\n").match(/\/(?:join|reset-password)\/[A-Za-z0-9_-]{43}/g) ?? [];

  it.each([
    ["SMTP configured: the tokens are hidden", true, 0],
    ["no mail server (Outbox is the only delivery): the links show", false, 2],
  ])("%s", (_label, hideAccountLinks, visible) => {
    const messages = listOutboxMessages(db, { user: who.ada, hideAccountLinks });
    const account = messages.filter((m) => m.kind === "invitation-to-join" || m.kind === "password-reset");
    expect(account.map((m) => m.kind).sort()).toEqual(["invitation-to-join", "password-reset"]);
    expect(linksIn(account.map((m) => m.text))).toHaveLength(visible);
    if (hideAccountLinks) for (const m of account) expect(m.text).toMatch(/\/(join|reset-password)\/\[hidden\]/);
    // Interview messages keep their kit links either way.
    const interview = messages.find((m) => m.kind === "interview-invitation");
    expect(interview?.text).toMatch(/\/interviews\/[0-9a-f-]{36}/);
  });

  it("is for admins only: anyone else reads no message of a non-empty outbox", () => {
    expect(listOutboxMessages(db, { user: who.ada, hideAccountLinks: true }).length).toBeGreaterThan(0);
    expect(listOutboxMessages(db, { user: who.rita, hideAccountLinks: true })).toEqual([]);
  });
});
