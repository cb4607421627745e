import type { Metadata } from "next";
import Link from "next/link";
import { InterviewStateBadge } from "@/components/interview-state-badge";
import { InterviewKit } from "@/components/interview-kit/interview-kit";
import { KitScorecardTabs } from "@/components/interview-kit/kit-scorecard-tabs";
import { PrintButton } from "@/components/ui/print-button";
import { AmendableScorecard } from "@/components/scorecards/amendable-scorecard";
import { NotHeldForm } from "@/components/interview-kit/not-held-form";
import { AmendmentHistory } from "@/components/scorecards/amendment-history";
import { KeyboardHelp } from "@/components/scorecards/keyboard-help";
import { ScorecardBodyView } from "@/components/scorecards/scorecard-body-view";
import { ScorecardEditor } from "@/components/scorecards/scorecard-editor";
import { LocalTime } from "@/components/ui/local-time";
import { kitRules } from "@/lib/scorecards/load-interview-kit";
import { emptyContent } from "@/lib/scorecards/scorecard-content";
import { amendScorecardAction, markNotHeldAction, submitScorecardAction } from "./actions";
import { kitOfRequest, loadInterviewPage } from "./load-interview-page";

type Params = { params: Promise<{ interviewId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { kit } = await kitOfRequest((await params).interviewId);
  return { title: kit ? `${kit.candidate.name} · ${kit.interview.stageName}` : "Interview" };
}

export default async function InterviewPage({ params }: Params) {
  const { user, interviewId, kit, own } = await loadInterviewPage(params);
  const { interview, candidate, role } = kit;

  const editor = {
    interviewId,
    userId: user.id,
    sections: kit.sections.map(({ id, name, staffCritical, items }) => ({ id, name, staffCritical, items })),
    redFlags: kit.redFlags.map(({ id, title, description, severity, sectionName }) => ({ id, title, description, severity, sectionName })),
    rules: kitRules(kit),
    initial: {
      content: own?.content ?? emptyContent(kit.sections.map((s) => s.id)),
      revision: own?.revision ?? 0,
      updatedAt: own ? own.updatedAt.getTime() : null,
      contradictionNote: own?.contradictionNote ?? null,
    },
    autosaveUrl: `/api/interviews/${interviewId}/scorecard-draft`,
    keyboardHelp: <KeyboardHelp />,
  };

  let scorecard: React.ReactNode;
  if (own?.status === "submitted") {
    scorecard = (
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href={`/interviews/${interviewId}/panel`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Read the panel&apos;s scorecards
          </Link>
          <a
            href={`/api/scorecards/${own.id}`}
            download={`scorecard-${own.id}.json`}
            data-testid="scorecard-json-link"
            className="text-slate-600 underline-offset-2 hover:underline"
          >
            Download a copy of my scorecard
          </a>
        </div>
        <AmendableScorecard
          editor={{ ...editor, action: amendScorecardAction }}
          locked={
            <section aria-label="Submitted scorecard" data-testid="locked-scorecard" className="panel px-4 py-3">
              <ScorecardBodyView body={own.body} />
              {own.contradictionNote ? (
                <p
                  data-testid="own-contradiction-note"
                  className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
                >
                  <span className="font-medium">Submitted with a note on the contradiction:</span> {own.contradictionNote}
                </p>
              ) : null}
            </section>
          }
        />
        <AmendmentHistory amendments={own.amendments} />
      </div>
    );
  } else if (interview.status === "cancelled") {
    scorecard = (
      <p className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
        This interview was cancelled, so there is no scorecard to write.
      </p>
    );
  } else {
    scorecard = (
      <div className="space-y-4">
        <ScorecardEditor {...editor} mode="draft" action={submitScorecardAction} />
        {interview.state !== "upcoming" ? <NotHeldForm interviewId={interviewId} action={markNotHeldAction} /> : null}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href="/interviews" className="text-brand-700 underline-offset-2 hover:underline">
          My interviews
        </Link>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{candidate.name}</h1>
          <p className="mt-0.5 text-slate-600">
            {interview.stageName} · {role.title}
            {role.team ? ` (${role.team})` : ""} · hires{" "}
            {[role.hiresSenior ? "Senior" : null, role.hiresStaff ? "Staff" : null].filter(Boolean).join(" or ")}
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <LocalTime iso={interview.scheduledAt.toISOString()} /> · {interview.durationMinutes} min
            <span className="no-print">
              <InterviewStateBadge state={interview.state} />
            </span>
          </p>
          {candidate.links.length > 0 ? (
            <ul className="no-print mt-1 flex flex-wrap gap-x-3 text-sm">
              {candidate.links.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noreferrer noopener" className="text-brand-700 underline-offset-2 hover:underline">
                    {link.replace(/^https?:\/\//, "")}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <PrintButton label="Print kit" />
      </header>
      <KitScorecardTabs
        initialTab={interview.state === "upcoming" ? "kit" : "scorecard"}
        kit={
          <div className="space-y-3">
            <h2 className="text-lg font-semibold">Interview kit</h2>
            <InterviewKit kit={kit} />
          </div>
        }
        scorecard={
          <div className="space-y-3">
            <h2 className="text-lg font-semibold">{own?.status === "submitted" ? "Your scorecard (submitted)" : "Your scorecard"}</h2>
            {scorecard}
          </div>
        }
      />
    </div>
  );
}
