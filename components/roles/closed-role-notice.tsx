import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";

/** Above a closed role's plan or settings: why the form below is read-only, and where to reopen the role. */
export function ClosedRoleNotice({ roleId, what }: { roleId: string; what: string }) {
  return (
    <FormMessage tone="warning" testId="closed-role-notice">
      This role is closed, so {what} can no longer change; it is shown as the role closed with it.{" "}
      <Link href={`/roles/${roleId}#role-status-heading`} className="font-medium underline">
        Reopen the role
      </Link>{" "}
      on its pipeline page to edit it.
    </FormMessage>
  );
}
