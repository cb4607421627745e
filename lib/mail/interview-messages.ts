import type { OutboxKind } from "@/db/enums";
import { mailHtml } from "./mail-html";

export type InterviewMessageFacts = {
  kind: OutboxKind;
  interviewerName: string;
  candidateName: string;
  stageName: string;
  roleTitle: string;
  start: Date;
  durationMinutes: number;
  /** For an update: when it was before. */
  previousStart?: Date;
  /** Why, in one sentence, when the change has a reason worth telling (a reassignment). */
  note?: string;
  organizerName: string;
  kitUrl: string;
  /** The footer's line on how to turn these emails off (with the one-click link). */
  unsubscribeLine?: string;
};

/** "Thursday 10 December 2026, 14:30 UTC": the text says the zone; the invitation puts it in each calendar's own. */
export function formatUtc(at: Date): string {
  // Spelled out rather than Intl's, whose punctuation differs between ICU versions.
  const weekday = WEEKDAYS[at.getUTCDay()];
  const month = MONTHS[at.getUTCMonth()];
  const hh = String(at.getUTCHours()).padStart(2, "0");
  const mm = String(at.getUTCMinutes()).padStart(2, "0");
  return `${weekday} ${at.getUTCDate()} ${month} ${at.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const FOOTER = "Sent by Levelset because you are on this interview panel. The calendar invitation is attached.";

/** Subject, plain text and HTML of an interview invitation, its update or its cancellation, in the product's voice. */
export function interviewMessage(f: InterviewMessageFacts): { subject: string; text: string; html: string } {
  const what = `${f.stageName} interview with ${f.candidateName} (${f.roleTitle})`;
  const when = `${formatUtc(f.start)}, ${f.durationMinutes} minutes`;
  let subject: string;
  let paragraphs: string[];
  if (f.kind === "interview-invitation") {
    subject = `Interview: ${f.candidateName}, ${f.stageName}, ${formatUtc(f.start)}`;
    paragraphs = [
      `Hi ${f.interviewerName},`,
      `${f.organizerName} scheduled you for the ${what}.`,
      `When: ${when}.`,
      "Open the interview kit before you start: it has the focus sections, the questions to ask and what Senior and Staff answers sound like. Write your scorecard there afterwards, before you read anyone else's.",
    ];
  } else if (f.kind === "interview-update") {
    subject = `Moved: ${f.candidateName}, ${f.stageName}, now ${formatUtc(f.start)}`;
    paragraphs = [
      `Hi ${f.interviewerName},`,
      `${f.organizerName} moved the ${what}.`,
      `New time: ${when}.${f.previousStart ? ` It was ${formatUtc(f.previousStart)}.` : ""}`,
      "Your calendar invitation has been updated; the interview kit is where it was.",
    ];
  } else {
    subject = `Cancelled: ${f.candidateName}, ${f.stageName}, ${formatUtc(f.start)}`;
    paragraphs = [
      `Hi ${f.interviewerName},`,
      `${f.organizerName} cancelled the ${what} that was set for ${formatUtc(f.start)}.`,
      "There is nothing for you to do; the invitation is removed from your calendar.",
    ];
  }
  // The reason goes right after the line that says what happened.
  if (f.note) paragraphs.splice(2, 0, f.note);
  const linkLabel = "Open the interview kit";
  const link = f.kind === "interview-cancellation" ? undefined : { href: f.kitUrl, label: linkLabel };
  const footer = f.unsubscribeLine ? `${FOOTER} ${f.unsubscribeLine}` : FOOTER;
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.href}`] : []), `-- \n${footer}`].join("\n\n") + "\n";
  const html = mailHtml({ paragraphs, link, footer });
  return { subject, text, html };
}
