import { NotFoundMessage } from "@/components/ui/status-message";

/** Rendered inside the signed-in shell's <main>, so no landmark of its own. */
export default function NotFound() {
  return <NotFoundMessage />;
}
