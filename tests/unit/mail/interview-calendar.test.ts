import { describe, expect, it } from "vitest";
import { buildInterviewCalendar, interviewUid } from "@/lib/mail/interview-calendar";
import { formatUtc, interviewMessage } from "@/lib/mail/interview-messages";
import { escapeHtml } from "@/lib/mail/mail-html";
import { icsField, icsLines } from "./ics-fields";

const base = {
  interviewId: "8f0c2a52-0d2b-4c55-9f1e-3f1b5c0b7a11",
  sequence: 0,
  method: "REQUEST" as const,
  start: new Date("2026-12-10T14:30:00.000Z"),
  durationMinutes: 45,
  candidateName: "Farid Rahimi",
  stageName: "System design",
  roleTitle: "Backend Engineer, Payments",
  kitUrl: "https://levelset.example.com/interviews/8f0c2a52-0d2b-4c55-9f1e-3f1b5c0b7a11",
  interviewer: { name: "Maya Cohen", email: "maya@levelset.test" },
  organizer: { name: "Rita Alvarez", email: "recruiter@levelset.test" },
  stamp: new Date("2026-12-03T09:00:00.000Z"),
};

describe("interview invitation (iCalendar)", () => {
  it("is a REQUEST with the interview's UID, the start and end in UTC, candidate and stage in the summary, the kit link in the description", () => {
    const ics = buildInterviewCalendar(base);
    expect(icsField(ics, "METHOD")).toBe("REQUEST");
    expect(icsField(ics, "UID")).toBe(interviewUid(base.interviewId));
    expect(icsField(ics, "UID")).toContain(base.interviewId);
    expect(icsField(ics, "SEQUENCE")).toBe("0");
    expect(icsField(ics, "DTSTART")).toBe("20261210T143000Z");
    expect(icsField(ics, "DTEND")).toBe("20261210T151500Z");
    expect(icsField(ics, "SUMMARY")).toContain("Farid Rahimi");
    expect(icsField(ics, "SUMMARY")).toContain("System design");
    expect(icsField(ics, "DESCRIPTION")).toContain(base.kitUrl);
    expect(icsField(ics, "STATUS")).toBe("CONFIRMED");
    expect(icsField(ics, "ORGANIZER")?.toLowerCase()).toBe("mailto:recruiter@levelset.test");
    expect(icsField(ics, "ATTENDEE")?.toLowerCase()).toBe("mailto:maya@levelset.test");
    // Exactly one event, and lines of at most 75 octets as the standard asks.
    expect(icsLines(ics).filter(([k, v]) => k === "BEGIN" && v === "VEVENT")).toHaveLength(1);
    for (const line of ics.split(/\r?\n/)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("an update keeps the UID with a higher SEQUENCE and the new time; a cancellation is METHOD:CANCEL", () => {
    const moved = buildInterviewCalendar({ ...base, sequence: 1, start: new Date("2026-12-11T09:00:00Z") });
    expect(icsField(moved, "UID")).toBe(interviewUid(base.interviewId));
    expect(icsField(moved, "SEQUENCE")).toBe("1");
    expect(icsField(moved, "DTSTART")).toBe("20261211T090000Z");
    const cancelled = buildInterviewCalendar({ ...base, sequence: 2, method: "CANCEL" });
    expect(icsField(cancelled, "METHOD")).toBe("CANCEL");
    expect(icsField(cancelled, "STATUS")).toBe("CANCELLED");
    expect(icsField(cancelled, "UID")).toBe(interviewUid(base.interviewId));
    expect(icsField(cancelled, "SEQUENCE")).toBe("2");
  });
});

describe("interview emails", () => {
  const facts = {
    kind: "interview-invitation" as const,
    interviewerName: "Maya Cohen",
    candidateName: "Farid <Rahimi> & co",
    stageName: "System design",
    roleTitle: "Backend Engineer, Payments",
    start: base.start,
    durationMinutes: 45,
    organizerName: "Rita Alvarez",
    kitUrl: base.kitUrl,
  };

  it("says when in UTC and links the kit, in both parts; the HTML part escapes what people typed", () => {
    const m = interviewMessage(facts);
    expect(formatUtc(base.start)).toBe("Thursday 10 December 2026, 14:30 UTC");
    expect(m.subject).toContain("Farid <Rahimi> & co");
    expect(m.text).toContain("Thursday 10 December 2026, 14:30 UTC, 45 minutes");
    expect(m.text).toContain(base.kitUrl);
    expect(m.html).toContain(`href="${base.kitUrl}"`);
    expect(m.html).toContain(escapeHtml("Farid <Rahimi> & co"));
    expect(m.html).not.toContain("<Rahimi>");
  });

  it("an update gives the old and the new time; a cancellation has no kit link", () => {
    const moved = interviewMessage({ ...facts, kind: "interview-update", start: new Date("2026-12-11T09:00:00Z"), previousStart: base.start });
    expect(moved.subject).toMatch(/^Moved: /);
    expect(moved.text).toContain("New time: Friday 11 December 2026, 09:00 UTC");
    expect(moved.text).toContain("It was Thursday 10 December 2026, 14:30 UTC.");
    const cancelled = interviewMessage({ ...facts, kind: "interview-cancellation" });
    expect(cancelled.subject).toMatch(/^Cancelled: /);
    expect(cancelled.text).not.toContain(base.kitUrl);
  });
});
