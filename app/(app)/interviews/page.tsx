import type { Metadata } from "next";
import { db } from "@/db";
import { InterviewDayList } from "@/components/interviews/interview-day-list";
import { InterviewLinkRow } from "@/components/interviews/interview-row";
import { FormMessage } from "@/components/ui/form-message";
import { LocalTime } from "@/components/ui/local-time";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { groupMyInterviews } from "@/lib/interviews/group-my-interviews";
import { listMyInterviews, type MyInterview } from "@/lib/interviews/list-my-interviews";
import { toDayListInterview } from "@/lib/interviews/when";

export const metadata: Metadata = { title: "My interviews" };

export default async function MyInterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("interviewer", "hiring-manager");
  const { notHeld } = await searchParams;
  const now = new Date();
  const groups = groupMyInterviews(listMyInterviews(db(), { userId: user.id, now }));
  const total = groups.reduce((n, g) => n + g.interviews.length, 0);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My interviews</h1>
        <p className="mt-1 text-slate-600">Open an interview for its kit and scorecard. A scorecard is overdue 24 hours after the interview ends.</p>
      </div>
      {notHeld === "1" ? (
        <FormMessage tone="success" testId="not-held-message">
          The interview is marked as not held, with your reason in the audit log. No scorecard is expected for it.
        </FormMessage>
      ) : null}
      {total === 0 ? <EmptyState>No interviews are scheduled for you.</EmptyState> : null}
      {groups
        .filter((g) => g.interviews.length > 0)
        .map((g) => (
          <Panel key={g.key} id={`group-${g.key}`} title={g.title} description={g.description}>
            {g.key === "upcoming" ? (
              <InterviewDayList interviews={g.interviews.map(toDayListInterview)} serverNow={now.toISOString()} />
            ) : (
              <InterviewRows interviews={g.interviews} />
            )}
          </Panel>
        ))}
    </div>
  );
}

function InterviewRows({ interviews }: { interviews: MyInterview[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {interviews.map((i) => (
        <InterviewLinkRow key={i.id} interview={i} nameClassName="text-slate-900" detailClassName="text-slate-500">
          {i.stageName} · {i.roleTitle} · <LocalTime iso={i.scheduledAt.toISOString()} />
        </InterviewLinkRow>
      ))}
    </ul>
  );
}
