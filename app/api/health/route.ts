import { NextResponse } from "next/server";
import { db } from "@/db";
import { checkHealth } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

const answer = (status: number, body: { status: "ok" | "unavailable" }) =>
  NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });

/** Liveness for load balancers and monitors: no auth, no detail beyond ok/unavailable. */
export function GET() {
  try {
    const result = checkHealth(db());
    if (result.ok) return answer(200, { status: "ok" });
    console.error(`Health check failed: ${result.reason}`);
  } catch (error) {
    console.error("Health check failed:", error instanceof Error ? error.message : error);
  }
  return answer(503, { status: "unavailable" });
}
