import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { primaryButton } from "@/components/ui/form-styles";
import { readUnsubscribeLink } from "@/lib/mail/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/**
 * The page an unsubscribe link in a notification opens, without signing in: one button turns that kind of email
 * off (a POST, so a link scanner opening the page changes nothing), then it confirms.
 */
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const { done } = await searchParams;
  const link = readUnsubscribeLink(db(), token);
  if (!link) notFound();
  const confirmed = !link.isOn;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="panel w-full max-w-md p-6">
        <p className="text-2xl font-bold tracking-tight text-brand-900">Levelset</p>
        {confirmed ? (
          <>
            <h1 className="mt-3 text-lg font-semibold text-slate-900" data-testid="unsubscribe-done">
              {done ? "Done: " : ""}
              {link.what.charAt(0).toUpperCase() + link.what.slice(1)} are off
            </h1>
            <p className="mt-2 text-slate-600">
              Levelset will not email you {link.what} any more. Everything still shows on your home page when you sign in, and you can turn them back
              on from your profile.
            </p>
          </>
        ) : (
          <>
            <h1 className="mt-3 text-lg font-semibold text-slate-900">Turn off {link.what}?</h1>
            <p className="mt-2 text-slate-600">Levelset will stop emailing you {link.what}. Other emails are not affected.</p>
            <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="mt-4">
              <button type="submit" className={primaryButton}>
                Turn off {link.what}
              </button>
            </form>
          </>
        )}
        <p className="mt-4 text-sm">
          <a href="/profile" className="link">
            Notification settings on your profile
          </a>
        </p>
      </div>
    </main>
  );
}
