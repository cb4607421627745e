import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireRole } from "@/lib/auth/guards";
import { loadCandidateForEdit } from "@/lib/candidates/load-candidate-for-edit";
import { ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";
import { editCandidateAction } from "../actions";

export const metadata: Metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ applicationId: string }> }) {
  const user = await requireRole(...ROLE_EDITOR_APP_ROLES);
  const { applicationId } = await params;
  const candidate = loadCandidateForEdit(db(), { user, applicationId });
  if (!candidate) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/roles", label: "Roles" },
          { href: `/roles/${candidate.roleId}`, label: candidate.roleTitle },
          { href: `/applications/${candidate.applicationId}`, label: candidate.name },
        ]}
        current="Edit"
      />
      <h1 className="text-2xl font-semibold tracking-tight">Edit {candidate.name}</h1>
      <Panel id="edit-candidate" title="Candidate details" description="Every change is audited, with the old and new values.">
        {candidate.erasedAt ? (
          <EmptyState>This candidate was erased, so there is nothing left to edit.</EmptyState>
        ) : (
          <div className="space-y-4">
            <FormMessage tone="warning" testId="edit-shows-everywhere">
              Name, email and links are the candidate&apos;s own: a change shows everywhere they appear, in every role they applied to. The recruiter
              notes belong to this application ({candidate.roleTitle}) only.
            </FormMessage>
            <CandidateForm
              target={{
                kind: "edit",
                applicationId: candidate.applicationId,
                revision: candidate.revision,
                initial: { name: candidate.name, email: candidate.email, links: candidate.links, notes: candidate.notes },
              }}
              action={editCandidateAction}
            />
            <p className="text-sm">
              <Link href={`/applications/${candidate.applicationId}`} className="text-brand-700 underline">
                Back to {candidate.name} without saving
              </Link>
            </p>
          </div>
        )}
      </Panel>
    </div>
  );
}
