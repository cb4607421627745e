import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guards";
import { SIGN_IN_MESSAGES } from "@/lib/auth/errors";
import { safeCallbackPath } from "@/lib/auth/sign-in-schema";
import { env } from "@/lib/env";
import { signInWithOidc } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const initialMessage = errorCode ? (SIGN_IN_MESSAGES[errorCode] ?? SIGN_IN_MESSAGES.default ?? "") : "";
  const { oidcEnabled, AUTH_OIDC_NAME } = env();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-900">Levelset</p>
          <h1 className="mt-2 text-lg text-slate-600">Sign in to your hiring workspace</h1>
        </div>
        <div className="panel p-6">
          <SignInForm callbackUrl={callbackUrl} initialMessage={initialMessage} />
          <p className="mt-3 text-center text-sm">
            <Link href="/forgot-password" className="link">
              Forgot password?
            </Link>
          </p>
          {oidcEnabled ? (
            <form action={signInWithOidc} className="mt-4 border-t border-slate-200 pt-4">
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="w-full rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
                Sign in with {AUTH_OIDC_NAME}
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </main>
  );
}
