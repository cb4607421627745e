"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { createPersonSchema, updatePersonSchema } from "@/lib/people/person-schema";
import { createPerson, updatePerson } from "@/lib/people/save-person";

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
