"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { personIdSchema } from "@/lib/accounts/account-schemas";
import { resendInvitation } from "@/lib/accounts/resend-invitation";
import { formatUtc } from "@/lib/mail/interview-messages";
import { createPersonSchema, updatePersonSchema } from "@/lib/people/person-schema";
import { createPerson, updatePerson } from "@/lib/people/save-person";
import { deactivatePersonSchema } from "@/lib/people/deactivation-schema";
import { deactivatePerson } from "@/lib/people/deactivate-person";

const create = validatedAction({
  schema: createPersonSchema,
  roles: ["admin"],
  run: (input, user) => createPerson(db(), { actor: user, input }),
});

export async function createPersonAction(prev: unknown, formData: FormData) {
  const result = await create(prev, formData);
  if (result.ok) redirect("/people?added=1");
  return result;
}

const update = validatedAction({
  schema: updatePersonSchema,
  roles: ["admin"],
  run: (input, user) => updatePerson(db(), { actor: user, input }),
});

export async function updatePersonAction(prev: unknown, formData: FormData) {
  const result = await update(prev, formData);
  if (result.ok) {
    revalidatePath("/people");
    return { ...result, message: "Saved." };
  }
  return result;
}

const resend = validatedAction({
  schema: personIdSchema,
  roles: ["admin"],
  run: (input, user) => {
    const sent = resendInvitation(db(), { actor: user, userId: input.userId });
    return {
      message: sent.expiresAt
        ? `Sent a new invitation to ${sent.to}; it works until ${formatUtc(sent.expiresAt)}. Earlier links no longer work.`
        : `Sent a new invitation to ${sent.to}, telling them to sign in through your identity provider.`,
    };
  },
});

/** "Resend invitation" on a person's page, for someone who has not joined yet. */
export async function resendInvitationAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  const result = await resend(prev, payload);
  if (result.ok) revalidatePath("/people/[userId]", "page");
  return result;
}

const deactivate = validatedAction({
  schema: deactivatePersonSchema,
  roles: ["admin"],
  run: (input, user) => ({ userId: input.userId, ...deactivatePerson(db(), { actor: user, input }) }),
});

/**
 * "Deactivate and hand over interviews": the person and every upcoming interview of theirs, reassigned or cancelled,
 * in one transaction. A refusal re-renders the page too (an interview scheduled since then joins the list), while
 * the form keeps the admin's choices.
 */
export async function deactivatePersonAction(prev: unknown, payload: FormData | Record<string, unknown>) {
  const result = await deactivate(prev, payload);
  revalidatePath("/people/[userId]/deactivate", "page");
  if (result.ok) {
    revalidatePath("/people");
    const { userId, reassigned, cancelled } = result.data;
    redirect(`/people/${encodeURIComponent(userId)}?deactivated=1&reassigned=${reassigned}&cancelled=${cancelled}`);
  }
  return result;
}
