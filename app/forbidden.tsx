import { ForbiddenMessage } from "@/components/ui/status-message";

/** Outside the signed-in shell; inside it, app/(app)/forbidden.tsx answers (the shell already has the <main>). */
export default function Forbidden() {
  return (
    <main id="main">
      <ForbiddenMessage />
    </main>
  );
}
