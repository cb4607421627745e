import Link from "next/link";
import type { ReactNode } from "react";
import { InterviewStateBadge } from "@/components/interview-state-badge";
import type { InterviewState } from "@/lib/interviews/interview-state";

/**
 * One interview in a list, the whole row a link to its kit: the candidate, then `children` (what and when) under it,
 * and the interview's state on the right.
 */
export function InterviewLinkRow({
  interview,
  nameClassName,
  detailClassName,
  children,
}: {
  interview: { id: string; candidateName: string; state: InterviewState };
  nameClassName: string;
  detailClassName: string;
  children: ReactNode;
}) {
  return (
    <li>
      <Link
        href={`/interviews/${interview.id}`}
        className="-mx-2 flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-2.5 hover:bg-slate-50"
      >
        <span className="min-w-0">
          <span className={`block font-medium ${nameClassName}`}>{interview.candidateName}</span>
          <span className={`block text-sm ${detailClassName}`}>{children}</span>
        </span>
        <InterviewStateBadge state={interview.state} />
      </Link>
    </li>
  );
}
