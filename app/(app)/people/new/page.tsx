import type { Metadata } from "next";
import Link from "next/link";
import { PersonForm } from "@/components/people/person-form";
import { requireRole } from "@/lib/auth/guards";
import { createPersonAction } from "../actions";

export const metadata: Metadata = { title: "Add person" };

export default async function NewPersonPage() {
  await requireRole("admin");
  return (
    <div className="space-y-5">
      <div>
        <Link href="/people" className="text-sm text-brand-700 hover:underline">
          ← People
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Add a person</h1>
      </div>
      <PersonForm mode="create" action={createPersonAction} person={{ name: "", email: "", level: "none", roles: ["interviewer"], active: true }} />
    </div>
  );
}
