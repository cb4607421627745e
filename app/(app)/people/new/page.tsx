import type { Metadata } from "next";
import { PersonForm } from "@/components/people/person-form";
import { BackHeading } from "@/components/ui/back-heading";
import { requireRole } from "@/lib/auth/guards";
import { createPersonAction } from "../actions";

export const metadata: Metadata = { title: "Add person" };

export default async function NewPersonPage() {
  await requireRole("admin");
  return (
    <div className="space-y-5">
      <BackHeading href="/people" back="People" title="Add a person" />
      <PersonForm mode="create" action={createPersonAction} person={{ name: "", email: "", level: "none", roles: ["interviewer"], active: true }} />
    </div>
  );
}
