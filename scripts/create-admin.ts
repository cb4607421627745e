/**
 * Creates the first admin in a database seeded without the demo:
 *   LEVELSET_ADMIN_PASSWORD='…' npx tsx --conditions=react-server scripts/create-admin.ts you@company.com "Your Name"
 * Without LEVELSET_ADMIN_PASSWORD it asks for the password on the terminal.
 */
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import readline from "node:readline/promises";
import { z } from "zod";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { auditEvents, userRoles, users } from "../db/schema";
import { resolveDataPaths } from "../lib/data-paths";

const args = z
  .tuple([
    z.email("Give the admin's email address as the first argument."),
    z.string().trim().min(1, "Give the admin's name as the second argument.").max(120),
  ])
  .safeParse(process.argv.slice(2));

async function readPassword(): Promise<string> {
  if (process.env.LEVELSET_ADMIN_PASSWORD) return process.env.LEVELSET_ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Password (12+ characters): ");
  rl.close();
  return answer;
}

async function main() {
  if (!args.success) throw new Error(args.error.issues.map((i) => i.message).join("\n"));
  const [emailRaw, name] = args.data;
  const email = emailRaw.toLowerCase();
  const password = await readPassword();
  if (password.length < 12 || password.length > 200) throw new Error("The password needs 12 to 200 characters.");
  const { dbPath } = resolveDataPaths(process.env);
  const { db, sqlite } = openDatabase(dbPath);
  try {
    migrateDatabase(db);
    if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new Error(`${email} already has an account.`);
    const passwordHash = await hash(password);
    const id = crypto.randomUUID();
    db.transaction((tx) => {
      tx.insert(users).values({ id, email, name, passwordHash }).run();
      tx.insert(userRoles).values({ userId: id, role: "admin" }).run();
      tx.insert(auditEvents)
        .values({ actorId: null, action: "person.created", entityType: "user", entityId: id, summary: `Created admin ${name} from the command line` })
        .run();
    });
    console.log(`Created admin ${name} <${email}> in ${dbPath}.`);
  } finally {
    sqlite.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
