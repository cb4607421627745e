import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/db/enums";

const STATUS: Record<ApplicationStatus, [string, BadgeTone]> = {
  active: ["Active", "blue"],
  debrief: ["Debrief", "violet"],
  decided: ["Decided", "green"],
  withdrawn: ["Withdrawn", "gray"],
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const [label, tone] = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
