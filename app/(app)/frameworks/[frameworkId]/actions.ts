"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { createFrameworkDraft } from "@/lib/frameworks/create-framework-draft";
import { discardFrameworkDraft } from "@/lib/frameworks/discard-framework-draft";
import { draftVersionSchema, frameworkIdSchema, saveDraftSchema } from "@/lib/frameworks/framework-action-schemas";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { publishFrameworkVersion } from "@/lib/frameworks/publish-framework-version";
import { updateFrameworkDraft } from "@/lib/frameworks/update-framework-draft";

/** "Edit" on a published framework: opens (or creates) the next draft. */
export const createDraftAction = validatedAction({
  schema: frameworkIdSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ frameworkId }, user) => {
    createFrameworkDraft(db(), { user, frameworkId });
    revalidatePath("/frameworks");
    redirect(`/frameworks/${frameworkId}`);
  },
});

export const saveDraftAction = validatedAction({
  schema: saveDraftSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ versionId, revision, content }, user) => {
    const saved = updateFrameworkDraft(db(), { user, versionId, baseRevision: revision, content });
    revalidatePath("/frameworks");
    return { version: saved.version, revision: saved.revision, savedAt: new Date().toISOString() };
  },
});

export const publishDraftAction = validatedAction({
  schema: draftVersionSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ versionId, revision }, user) => {
    const published = publishFrameworkVersion(db(), { user, versionId, baseRevision: revision });
    revalidatePath("/frameworks");
    redirect(`/frameworks/${published.frameworkId}?published=${published.version}`);
  },
});

export const discardDraftAction = validatedAction({
  schema: draftVersionSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ versionId, revision }, user) => {
    const discarded = discardFrameworkDraft(db(), { user, versionId, baseRevision: revision });
    revalidatePath("/frameworks");
    redirect(discarded.frameworkDeleted ? "/frameworks" : `/frameworks/${discarded.frameworkId}`);
  },
});
