"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { validatedAction } from "@/lib/actions/validated-action";
import { notFound } from "@/lib/errors";
import { createFramework } from "@/lib/frameworks/create-framework";
import { newFrameworkSchema } from "@/lib/frameworks/framework-action-schemas";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { loadFrameworkVersion } from "@/lib/frameworks/load-framework-version";

/** "New framework": blank, or a copy of another framework's newest published version. */
export const createFrameworkAction = validatedAction({
  schema: newFrameworkSchema,
  roles: FRAMEWORK_EDITOR_ROLES,
  run: ({ name, startFrom }, user) => {
    const database = db();
    const created =
      startFrom === "blank"
        ? createFramework(database, { user, source: "blank", content: { name, description: "", sections: [] } })
        : (() => {
            const source = loadFrameworkVersion(database, { user, frameworkId: startFrom, version: "latest-published" });
            if (!source) throw notFound("A published version of this framework");
            return createFramework(database, {
              user,
              source: "copy",
              content: { ...source.content, name },
              origin: `${source.content.name} v${source.version}`,
            });
          })();
    revalidatePath("/frameworks");
    redirect(`/frameworks/${created.frameworkId}`);
  },
});
