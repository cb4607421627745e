import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { DeactivateForm } from "@/components/people/deactivate-form";
import { TimeZoneName } from "@/components/candidates/time-zone-name";
import { BackHeading } from "@/components/ui/back-heading";
import { requireRole } from "@/lib/auth/guards";
import { loadDeactivation } from "@/lib/people/load-deactivation";
import { plural } from "@/lib/plural";
import { deactivatePersonAction } from "../../actions";

export const metadata: Metadata = { title: "Deactivate person" };

export default async function DeactivatePersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const admin = await requireRole("admin");
  const { userId } = await params;
  const view = loadDeactivation(db(), { actor: admin, userId });
  if (!view) notFound();
  const { person, interviews } = view;
  return (
    <div className="max-w-3xl space-y-5">
      <BackHeading href={`/people/${person.id}`} back={person.name} title={`Deactivate ${person.name}`}>
        <p className="mt-1 text-sm text-slate-600">{person.email}</p>
      </BackHeading>
      {!person.active ? (
        <p role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {person.name} is already deactivated. Reactivate them on{" "}
          <Link href={`/people/${person.id}`} className="font-medium text-brand-700 underline">
            their page
          </Link>
          .
        </p>
      ) : person.id === admin.id ? (
        <p role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          You can&apos;t deactivate yourself. Ask another admin to do it.
        </p>
      ) : (
        <>
          <div className="space-y-2 text-sm text-slate-700">
            <p>{person.name} will no longer be able to sign in, every session they hold ends, and scorecard reminders to them stop.</p>
            {interviews.length ? (
              <p>
                They have {plural(interviews.length, "upcoming interview")} as interviewer. For each, choose someone from the stage&apos;s interviewer
                pool to take it, or cancel it. Both people get an email with the calendar invitation or its cancellation. Everything is saved
                together: if one choice can no longer be made, nothing is. Times are in <TimeZoneName />.
              </p>
            ) : (
              <p>They have no upcoming interviews to hand over.</p>
            )}
          </div>
          <DeactivateForm
            userId={person.id}
            name={person.name}
            action={deactivatePersonAction}
            interviews={interviews.map((i) => ({
              id: i.id,
              candidateName: i.candidateName,
              roleTitle: i.roleTitle,
              stageName: i.stageName,
              scheduledAt: i.scheduledAt.toISOString(),
              durationMinutes: i.durationMinutes,
              hasDraft: i.scorecardStatus === "draft",
              options: i.options,
            }))}
          />
        </>
      )}
    </div>
  );
}
