import { db } from "@/db";
import { invalid, notFound } from "@/lib/errors";
import { FRAMEWORK_EDITOR_ROLES } from "@/lib/frameworks/framework-editors";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { exportFrameworkMarkdown } from "@/lib/frameworks/framework-markdown";
import { loadFrameworkVersion } from "@/lib/frameworks/load-framework-version";
import { downloadHeaders } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";

/**
 * GET /frameworks/[frameworkId]/export?format=json|markdown&version=N
 * A version as a download: the versioned JSON file (lossless) or a Markdown document.
 * Without `version`, the newest version (the draft when there is one).
 */
export const GET = withUser<{ frameworkId: string }>(
  {
    answer: "text",
    signedOut: "Sign in to export a framework.",
    roles: FRAMEWORK_EDITOR_ROLES,
    forbidden: "Only recruiters and admins can export frameworks.",
  },
  ({ request, user, params }) => {
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "markdown") throw invalid("Unknown format; use format=json or format=markdown.");
    const versionParam = url.searchParams.get("version");
    if (versionParam !== null && !/^[1-9][0-9]{0,5}$/.test(versionParam)) throw invalid("The version must be a whole number such as 1 or 2.");

    const loaded = loadFrameworkVersion(db(), {
      user,
      frameworkId: params.frameworkId,
      version: versionParam === null ? "latest" : Number(versionParam),
    });
    if (!loaded) throw notFound(versionParam === null ? "The framework" : `Version ${versionParam} of this framework`);
    const base = `${fileSlug(loaded.content.name)}-v${loaded.version}${loaded.status === "draft" ? "-draft" : ""}`;
    const body =
      format === "json" ? exportFrameworkJson(loaded.content, { exportedAt: new Date().toISOString() }) : exportFrameworkMarkdown(loaded.content);
    return new Response(body, {
      headers: downloadHeaders(
        format === "json" ? "application/json; charset=utf-8" : "text/markdown; charset=utf-8",
        `${base}.${format === "json" ? "json" : "md"}`,
      ),
    });
  },
);

function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "framework";
}
