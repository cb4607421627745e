import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";

/** Runs a domain loader for a page and turns "not found" (or a refusal the page guard did not already answer) into the 404 page. */
export function loadOr404<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof DomainError && (error.code === "not-found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
