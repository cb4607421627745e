import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to an embedded SQLite file in ./data", () => {
    const env = parseEnv({});
    expect(env.dbPath).toBe(path.resolve("data", "levelset.db"));
    expect(env.oidcEnabled).toBe(false);
  });

  it("puts the database in LEVELSET_DATA_DIR unless LEVELSET_DB_PATH says otherwise", () => {
    expect(parseEnv({ LEVELSET_DATA_DIR: "/tmp/x" }).dbPath).toBe("/tmp/x/levelset.db");
    expect(parseEnv({ LEVELSET_DATA_DIR: "/tmp/x", LEVELSET_DB_PATH: "/srv/l.db" }).dbPath).toBe("/srv/l.db");
  });

  it("enables OpenID Connect only with all three variables", () => {
    const oidc = { AUTH_OIDC_ISSUER: "https://id.example.com", AUTH_OIDC_CLIENT_ID: "levelset", AUTH_OIDC_CLIENT_SECRET: "s3cret" };
    expect(parseEnv(oidc).oidcEnabled).toBe(true);
    expect(() => parseEnv({ AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER })).toThrow(
      /needs all of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET/,
    );
    // The message names what is missing, as the README promises.
    expect(() => parseEnv({ AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER })).toThrow(/Missing: AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET\.$/);
    expect(() => parseEnv({ AUTH_OIDC_CLIENT_ID: "levelset", AUTH_OIDC_CLIENT_SECRET: "s3cret" })).toThrow(/Missing: AUTH_OIDC_ISSUER\.$/);
  });

  it.each([
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET: AUTH_SECRET must be at least 32 characters/],
    [
      { AUTH_OIDC_ISSUER: "not a url", AUTH_OIDC_CLIENT_ID: "a", AUTH_OIDC_CLIENT_SECRET: "b" },
      /AUTH_OIDC_ISSUER: AUTH_OIDC_ISSUER must be the issuer URL/,
    ],
  ])("names the variable that is wrong: %j", (vars, message) => {
    expect(() => parseEnv(vars)).toThrow(message);
  });
});
