"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { SIGN_IN_MESSAGES } from "@/lib/auth/errors";
import { safeCallbackPath, signInSchema } from "@/lib/auth/sign-in-schema";
import { zodFieldErrors } from "@/lib/actions/validated-action";
import type { FieldErrors } from "@/lib/actions/action-result";

export type SignInState = { message: string; fieldErrors?: FieldErrors; email: string };

export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const rawEmail = formData.get("email");
  const email = typeof rawEmail === "string" ? rawEmail.slice(0, 300) : "";
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
    return { message: "", email };
  } catch (error) {
    // Only sign-in failures are answered here; the redirect after success is an exception that must propagate.
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : error.type;
    return { message: SIGN_IN_MESSAGES[code] ?? SIGN_IN_MESSAGES.default ?? "Sign-in failed.", email };
  }
}

export async function signInWithOidc(formData: FormData) {
  await signIn("oidc", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
