import { Badge } from "@/components/ui/badge";

export function VersionStatusBadge({ status, version }: { status: "draft" | "published"; version: number }) {
  return status === "draft" ? <Badge tone="amber">Draft v{version}</Badge> : <Badge tone="green">Published v{version}</Badge>;
}
