import { z } from "zod";

/** Shared by the sign-in form and the server. */
export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "That email address is too long (254 characters at most).")
    .pipe(z.email("Enter a valid email address, like name@company.com.")),
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "That password is too long (200 characters at most)."),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths may be a post-sign-in destination. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.length > 500) return "/";
  return value;
}
