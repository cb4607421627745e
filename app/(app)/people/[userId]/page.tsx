import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { PersonForm } from "@/components/people/person-form";
import { BackHeading } from "@/components/ui/back-heading";
import { requireRole } from "@/lib/auth/guards";
import { loadPerson } from "@/lib/people/list-people";
import { InvitationPanel } from "@/components/people/invitation-panel";
import { latestInvitation } from "@/lib/accounts/latest-invitation";
import { listUpcomingAsInterviewer } from "@/lib/people/load-deactivation";
import { plural } from "@/lib/plural";
import { dangerButton } from "@/components/ui/form-styles";
import { resendInvitationAction, updatePersonAction } from "../actions";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ deactivated?: string; reassigned?: string; cancelled?: string }>;
}) {
  const admin = await requireRole("admin");
  const { userId } = await params;
  const done = await searchParams;
  const person = loadPerson(db(), userId);
  if (!person) notFound();
  const deactivateHref = `/people/${person.id}/deactivate`;
  const upcoming = person.active ? listUpcomingAsInterviewer(db(), { actor: admin, userId: person.id, now: new Date() }).length : 0;
  const count = (value: string | undefined) => (value && /^\d{1,4}$/.test(value) ? Number(value) : 0);
  return (
    <div className="space-y-5">
      <BackHeading href="/people" back="People" title={person.name} />
      {done.deactivated && !person.active ? (
        <p role="status" className="max-w-xl rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {person.name} is deactivated.
          {count(done.reassigned) + count(done.cancelled) > 0
            ? ` Their upcoming interviews: ${count(done.reassigned)} reassigned, ${count(done.cancelled)} cancelled; everyone concerned was emailed.`
            : ""}
        </p>
      ) : null}
      <PersonForm mode="edit" action={updatePersonAction} person={person} deactivateHref={deactivateHref} />
      {person.active && admin.id !== person.id ? (
        <section aria-labelledby="deactivate-heading" className="panel max-w-xl p-4">
          <h2 id="deactivate-heading" className="font-semibold text-slate-900">
            Deactivate
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {upcoming > 0
              ? `${person.name} has ${plural(upcoming, "upcoming interview")} as interviewer. Deactivating lists them so you can reassign or cancel each.`
              : `${person.name} has no upcoming interviews. Deactivating ends their sessions and stops their reminders.`}
          </p>
          <Link href={deactivateHref} className={`mt-3 ${dangerButton}`}>
            {upcoming > 0 ? "Deactivate and hand over interviews" : `Deactivate ${person.name}`}
          </Link>
        </section>
      ) : null}
      {person.active && !person.hasPassword ? (
        <div className="max-w-xl">
          <InvitationPanel userId={person.id} name={person.name} invitation={latestInvitation(db(), person.id)} action={resendInvitationAction} />
        </div>
      ) : null}
    </div>
  );
}
