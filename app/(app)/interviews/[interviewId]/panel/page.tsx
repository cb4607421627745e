import type { Metadata } from "next";
import Link from "next/link";
import { ScorecardBodyView } from "@/components/scorecards/scorecard-body-view";
import { AfterPanelMark } from "@/components/scorecards/amendment-history";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { listVisibleScorecards } from "@/lib/scorecards/list-visible-scorecards";
import { loadInterviewPage } from "../load-interview-page";

export const metadata: Metadata = { title: "Panel scorecards" };

/** The other interviewers' submitted scorecards for this application, readable once the caller submitted theirs. */
export default async function PanelScorecardsPage({ params }: { params: Promise<{ interviewId: string }> }) {
  const { user, interviewId, database, kit, own } = await loadInterviewPage(params);
  const others = listVisibleScorecards(database, { user, applicationId: kit.interview.applicationId });
  const submitted = own?.status === "submitted";

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/interviews/${interviewId}`} className="text-brand-700 underline-offset-2 hover:underline">
          {kit.candidate.name} · {kit.interview.stageName}
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Panel scorecards for {kit.candidate.name}</h1>
        <p className="mt-1 text-slate-600">{kit.role.title}. Scorecards appear here as the other interviewers submit them.</p>
      </div>
      {!submitted ? (
        <p data-testid="blind-notice" className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Submit your own scorecard first. The panel&apos;s scorecards stay hidden until yours is in, so every rating is independent.{" "}
          <Link href={`/interviews/${interviewId}`} className="font-medium underline">
            Go to your scorecard
          </Link>
        </p>
      ) : others.length === 0 ? (
        <EmptyState>No other interviewer has submitted a scorecard for this candidate yet.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {others.map((card) => (
            <li key={card.id}>
              <Panel
                id={`card-${card.id}`}
                title={`${card.interviewerName} · ${card.stageName}`}
                description={
                  card.amendments.length > 0 ? `Amended ${card.amendments.length} time${card.amendments.length === 1 ? "" : "s"}` : undefined
                }
                actions={
                  <span className="text-sm text-slate-500">
                    {card.submittedAt ? (
                      <>
                        Submitted <LocalTime iso={card.submittedAt.toISOString()} />
                      </>
                    ) : null}
                  </span>
                }
              >
                <ScorecardBodyView body={card} />
                {card.amendments.length > 0 ? (
                  <ul className="mt-3 space-y-1 border-t border-slate-100 pt-2 text-sm text-slate-700">
                    {card.amendments.map((a) => (
                      <li key={a.id}>
                        Amended <LocalTime iso={a.createdAt.toISOString()} />: {a.reason}
                        {a.afterPanelVisible ? <AfterPanelMark /> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Panel>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
