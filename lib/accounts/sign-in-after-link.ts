import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { invalid } from "@/lib/errors";

/**
 * Signs the person in with the password they just set and sends them home. next-auth answers success with a
 * redirect (an exception that must propagate); a refusal here (the sign-in throttle) leaves the password set.
 */
export async function signInAfterLink(email: string, password: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
  }
  throw invalid("Your password is set, but signing you in did not work just now. Go to the sign-in page and sign in with it.");
}
