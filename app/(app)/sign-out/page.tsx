import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { signOutAction } from "../actions";

export const metadata: Metadata = { title: "Sign out" };

/** A page of its own for signing out, so a bookmark or a link from elsewhere can end the session too. */
export default async function SignOutPage() {
  const user = await requireUser();
  return (
    <div className="panel mx-auto max-w-md p-6 text-center">
      <h1 className="text-xl font-semibold">Sign out of Levelset?</h1>
      <p className="mt-2 text-slate-600">
        You are signed in as {user.name} ({user.email}). Drafts you were typing are saved on the server and in this browser.
      </p>
      <form action={signOutAction} className="mt-6 flex justify-center gap-3">
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Stay signed in
        </Link>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Sign out
        </button>
      </form>
    </div>
  );
}
