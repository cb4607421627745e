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

  it("mail: links use LEVELSET_PUBLIC_URL, else localhost on PORT; SMTP_URL needs MAIL_FROM and an smtp(s) address", () => {
    expect(parseEnv({}).publicUrl).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4100" }).publicUrl).toBe("http://localhost:4100");
    expect(parseEnv({ LEVELSET_PUBLIC_URL: "https://levelset.example.com/" }).publicUrl).toBe("https://levelset.example.com");
    expect(() => parseEnv({ LEVELSET_PUBLIC_URL: "ftp://x" })).toThrow(/LEVELSET_PUBLIC_URL must be the address people open Levelset at/);
    expect(parseEnv({ SMTP_URL: "smtp://u:p@mail.example.com:587", MAIL_FROM: "Levelset <l@example.com>" }).SMTP_URL).toBe(
      "smtp://u:p@mail.example.com:587",
    );
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.com:587" })).toThrow(/SMTP_URL is set but MAIL_FROM is not/);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com", MAIL_FROM: "l@example.com" })).toThrow(/SMTP_URL must look like smtp:\/\//);
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
