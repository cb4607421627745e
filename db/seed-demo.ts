import { hash } from "@node-rs/argon2";
import { count } from "drizzle-orm";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import type { Db, DbOrTx } from "./client";
import { DemoBuilder } from "./demo/builder";
import { DEMO_PASSWORD, DEMO_RECRUITER } from "./demo/people";
import * as s from "./schema";

export { DEMO_PASSWORD, DEMO_PEOPLE } from "./demo/people";

/** Seeds the default framework and, unless told not to, the demo. Never touches a database that has data. */
export async function seedIfEmpty(db: Db, options: { demo: boolean; now?: Date }): Promise<"seeded-demo" | "seeded-framework" | "skipped"> {
  const users = db.select({ n: count() }).from(s.users).get()?.n ?? 0;
  const frameworks = db.select({ n: count() }).from(s.frameworks).get()?.n ?? 0;
  if (users > 0 || frameworks > 0) return "skipped";
  if (!options.demo) {
    db.transaction((tx) => seedDefaultFramework(tx, null));
    return "seeded-framework";
  }
  const passwordHash = await hash(DEMO_PASSWORD);
  db.transaction((tx) => seedDemo(tx, passwordHash, options.now ?? new Date()));
  return "seeded-demo";
}

function seedDefaultFramework(tx: DbOrTx, publishedById: string | null) {
  const frameworkId = crypto.randomUUID();
  tx.insert(s.frameworks)
    .values({ id: frameworkId, name: DEFAULT_FRAMEWORK.name, description: DEFAULT_FRAMEWORK.description, createdById: publishedById })
    .run();
  const versionId = writeFrameworkVersion(tx, {
    frameworkId,
    version: 1,
    content: DEFAULT_FRAMEWORK,
    published: true,
    publishedById,
  });
  tx.insert(s.auditEvents)
    .values({
      actorId: publishedById,
      action: "framework.published",
      entityType: "framework",
      entityId: frameworkId,
      summary: `Published ${DEFAULT_FRAMEWORK.name} v1 (shipped default)`,
    })
    .run();
  return versionId;
}

/**
 * The demo: its people, the default framework (published by the recruiter), the roles, candidates with their
 * scorecards and decisions, and the outbox. The data is in db/demo/*; db/demo/builder.ts writes it.
 */
function seedDemo(tx: DbOrTx, passwordHash: string, now: Date) {
  const demo = new DemoBuilder(tx, now);
  demo.writePeople(passwordHash);
  demo.writeRoles(seedDefaultFramework(tx, demo.person(DEMO_RECRUITER)));
  demo.writeApplications();
  demo.writeOutbox();
}
