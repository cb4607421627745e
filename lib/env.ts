import "server-only";
import { z } from "zod";
import { resolveDataPaths } from "./data-paths";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LEVELSET_DATA_DIR: z.string().min(1).optional(),
  LEVELSET_DB_PATH: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters; generate one with `openssl rand -base64 33`.").optional(),
  AUTH_OIDC_ISSUER: z.url("AUTH_OIDC_ISSUER must be the issuer URL of your identity provider.").optional(),
  AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
  AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  AUTH_OIDC_NAME: z.string().min(1).max(60).default("your company account"),
  LEVELSET_TRUSTED_PROXY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, "LEVELSET_TRUSTED_PROXY_HEADER must be a header name, like X-Forwarded-For or X-Real-IP.")
    .optional(),
});

export type Env = z.infer<typeof envSchema> & { dbPath: string; dataDir: string; oidcEnabled: boolean };

/** Validates a set of environment variables; exported for tests, the app reads `env()`. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(vars);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Levelset cannot start: the environment is invalid.\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const oidcVars = {
    AUTH_OIDC_ISSUER: env.AUTH_OIDC_ISSUER,
    AUTH_OIDC_CLIENT_ID: env.AUTH_OIDC_CLIENT_ID,
    AUTH_OIDC_CLIENT_SECRET: env.AUTH_OIDC_CLIENT_SECRET,
  };
  const missing = Object.entries(oidcVars)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  const oidcSet = 3 - missing.length;
  if (oidcSet > 0 && oidcSet < 3) {
    throw new Error(
      `Levelset cannot start: OpenID Connect needs all of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET (or none of them). Missing: ${missing.join(", ")}.`,
    );
  }
  const paths = resolveDataPaths(vars);
  return { ...env, ...paths, oidcEnabled: oidcSet === 3 };
}

let cached: Env | undefined;

/** The validated environment, read once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
