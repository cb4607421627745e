import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";

export function personByEmail(db: Db, email: string) {
  const user = loadSessionUser(db, { email });
  if (!user) throw new Error(`No demo person ${email}`);
  return user;
}

export function applicationIdOf(db: Db, candidateName: string) {
  const row = db
    .select({ id: s.applications.id })
    .from(s.applications)
    .innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId))
    .where(eq(s.candidates.name, candidateName))
    .get();
  if (!row) throw new Error(`No application for ${candidateName}`);
  return row.id;
}
