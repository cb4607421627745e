"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { checklistImportSchema, checklistPreviewSchema, jsonImportSchema, jsonPreviewSchema } from "@/lib/frameworks/framework-action-schemas";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { importChecklistFramework, previewChecklistImport } from "@/lib/frameworks/import-checklist-framework";
import { importJsonFramework, previewJsonImport } from "@/lib/frameworks/import-json-framework";

export const previewChecklistAction = validatedAction({
  schema: checklistPreviewSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ text, fileName, competencyAxis }, user) =>
    previewChecklistImport({ user, text, ...(fileName ? { fileName } : {}), ...(competencyAxis ? { competencyAxis } : {}) }),
});

export const importChecklistAction = validatedAction({
  schema: checklistImportSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ text, name, include, fileName, competencyAxis, senior, staff, pivot, targetFrameworkId }, user) => {
    const created = importChecklistFramework(db(), {
      user,
      text,
      name,
      includeKeys: include,
      ...(fileName ? { fileName } : {}),
      ...(competencyAxis ? { competencyAxis } : {}),
      ...(senior ? { senior } : {}),
      ...(staff ? { staff } : {}),
      ...(pivot === undefined ? {} : { pivot }),
      ...(targetFrameworkId ? { targetFrameworkId } : {}),
    });
    revalidatePath("/frameworks");
    redirect(`/frameworks/${created.frameworkId}?imported=1`);
  },
});

export const previewJsonAction = validatedAction({
  schema: jsonPreviewSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ text }, user) => previewJsonImport({ user, text }),
});

export const importJsonAction = validatedAction({
  schema: jsonImportSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ text, publish, name, fileName, targetFrameworkId }, user) => {
    const created = importJsonFramework(db(), {
      user,
      text,
      publish,
      ...(name ? { name } : {}),
      ...(fileName ? { fileName } : {}),
      ...(targetFrameworkId ? { targetFrameworkId } : {}),
    });
    revalidatePath("/frameworks");
    redirect(`/frameworks/${created.frameworkId}?imported=1`);
  },
});
