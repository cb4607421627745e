import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { PersonForm } from "@/components/people/person-form";
import { requireRole } from "@/lib/auth/guards";
import { loadPerson } from "@/lib/people/list-people";
import { InvitationPanel } from "@/components/people/invitation-panel";
import { latestInvitation } from "@/lib/accounts/latest-invitation";
import { resendInvitationAction, updatePersonAction } from "../actions";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ userId: string }> }) {
  await requireRole("admin");
  const { userId } = await params;
  const person = loadPerson(db(), userId);
  if (!person) notFound();
  return (
    <div className="space-y-5">
      <div>
        <Link href="/people" className="text-sm text-brand-700 hover:underline">
          ← People
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{person.name}</h1>
      </div>
      <PersonForm mode="edit" action={updatePersonAction} person={person} />
      {person.active && !person.hasPassword ? (
        <div className="max-w-xl">
          <InvitationPanel userId={person.id} name={person.name} invitation={latestInvitation(db(), person.id)} action={resendInvitationAction} />
        </div>
      ) : null}
    </div>
  );
}
