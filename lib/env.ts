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
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LEVELSET_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "LEVELSET_PUBLIC_URL must be the address people open Levelset at, like https://levelset.example.com." })
    .optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@mail.example.com:587 (or smtps:// for TLS from the start)." })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(320).optional(),
  /** How long a message a sender claimed waits before another sender retries it (the first one died mid-send). */
  LEVELSET_OUTBOX_CLAIM_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
});

export type Env = z.infer<typeof envSchema> & { dbPath: string; dataDir: string; oidcEnabled: boolean; publicUrl: string };

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
  if (env.SMTP_URL && !env.MAIL_FROM) {
    throw new Error(
      'Levelset cannot start: SMTP_URL is set but MAIL_FROM is not. Set MAIL_FROM to the sender address, like "Levelset <levelset@example.com>".',
    );
  }
  const paths = resolveDataPaths(vars);
  const publicUrl = (env.LEVELSET_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  return { ...env, ...paths, oidcEnabled: oidcSet === 3, publicUrl };
}

let cached: Env | undefined;

/** The validated environment, read once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
