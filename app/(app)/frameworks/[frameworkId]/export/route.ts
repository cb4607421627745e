import { db } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { DomainError } from "@/lib/errors";
import { canEditFrameworks } from "@/lib/frameworks/framework-editors";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { exportFrameworkMarkdown } from "@/lib/frameworks/framework-markdown";
import { loadFrameworkVersion } from "@/lib/frameworks/load-framework-version";
import { downloadHeaders, textResponse } from "@/lib/http/responses";

/**
 * GET /frameworks/[frameworkId]/export?format=json|markdown&version=N
 * A version as a download: the versioned JSON file (lossless) or a Markdown document.
 * Without `version`, the newest version (the draft when there is one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ frameworkId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "Sign in to export a framework.");
  if (!canEditFrameworks(user)) return textResponse(403, "Only recruiters and admins can export frameworks.");
  const { frameworkId } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "markdown") return textResponse(400, "Unknown format; use format=json or format=markdown.");
  const versionParam = url.searchParams.get("version");
  if (versionParam !== null && !/^[1-9][0-9]{0,5}$/.test(versionParam))
    return textResponse(400, "The version must be a whole number such as 1 or 2.");

  let loaded;
  try {
    loaded = loadFrameworkVersion(db(), { user, frameworkId, version: versionParam === null ? "latest" : Number(versionParam) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "not-found") return textResponse(404, error.message);
    throw error;
  }
  const base = `${fileSlug(loaded.content.name)}-v${loaded.version}${loaded.status === "draft" ? "-draft" : ""}`;
  const body =
    format === "json" ? exportFrameworkJson(loaded.content, { exportedAt: new Date().toISOString() }) : exportFrameworkMarkdown(loaded.content);
  return new Response(body, {
    headers: downloadHeaders(
      format === "json" ? "application/json; charset=utf-8" : "text/markdown; charset=utf-8",
      `${base}.${format === "json" ? "json" : "md"}`,
    ),
  });
}

function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "framework";
}
