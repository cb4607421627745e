import { CredentialsSignin } from "next-auth";

export class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid-credentials";
}

export class ThrottledError extends CredentialsSignin {
  code = "throttled";
}

export const SIGN_IN_MESSAGES: Record<string, string> = {
  "invalid-credentials": "That email and password don't match an account. Check them and try again.",
  throttled: "Too many failed attempts for this account. Wait 15 minutes, then try again.",
  AccessDenied: "Your company account is not registered in Levelset. Ask an admin to add you.",
  default: "Sign-in failed. Try again, or ask an admin if it keeps happening.",
};
