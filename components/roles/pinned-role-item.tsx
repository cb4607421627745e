import Link from "next/link";
import { Badge } from "@/components/ui/badge";

/** A role pinned to a framework version, as a list item: its title links to the role, and a closed one says so. */
export function PinnedRoleItem({ role }: { role: { id: string; title: string; status: string } }) {
  return (
    <li>
      <Link href={`/roles/${role.id}`} className="text-brand-700 hover:underline">
        {role.title}
      </Link>{" "}
      {role.status === "closed" ? <Badge>Closed</Badge> : null}
    </li>
  );
}
