import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.LEVELSET_DB_PATH ?? "./data/levelset.db" },
  strict: true,
});
