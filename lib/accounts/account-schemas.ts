import { z } from "zod";

/** Shared by the forms and the server actions of the join, forgot-password and reset pages. */

export const PASSWORD_MIN = 12;

export const setPasswordSchema = z
  .object({
    token: z.string({ error: "This link is incomplete. Open it again from your email." }).trim().min(1).max(100),
    password: z
      .string({ error: "Choose a password." })
      .min(PASSWORD_MIN, `Passwords need at least ${PASSWORD_MIN} characters.`)
      .max(200, "Passwords are 200 characters at most."),
    confirm: z.string({ error: "Type the password again." }).max(200, "Passwords are 200 characters at most."),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ. Type the same one twice." });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const forgotPasswordSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "That email address is too long (254 characters at most).")
    .pipe(z.email("Enter a valid email address, like name@company.com.")),
});

export const personIdSchema = z.object({ userId: z.string({ error: "The person is missing. Reload the page." }).trim().min(1).max(100) });
