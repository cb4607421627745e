import { NotFoundMessage } from "@/components/ui/status-message";

/** Unknown URLs, outside the signed-in shell; notFound() inside it is answered by app/(app)/not-found.tsx. */
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage />
    </main>
  );
}
