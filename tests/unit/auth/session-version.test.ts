import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/session-user";
import { bumpSessionVersion, isSessionCurrent, readSessionState } from "@/lib/auth/session-version";
import { updatePerson } from "@/lib/people/save-person";
import { createSeededDb } from "../helpers/temp-db";

describe("isSessionCurrent", () => {
  it.each([
    [{ active: true, sessionVersion: 0 }, 0, true],
    [{ active: true, sessionVersion: 3 }, 3, true],
    [{ active: true, sessionVersion: 1 }, 0, false],
    [{ active: true, sessionVersion: 0 }, 1, false],
    [{ active: false, sessionVersion: 0 }, 0, false],
    [{ active: true, sessionVersion: 0 }, undefined, false],
    [{ active: true, sessionVersion: 0 }, "0", false],
    [null, 0, false],
    [undefined, 0, false],
  ])("%j with a session of version %j → %s", (state, tokenVersion, expected) => {
    expect(isSessionCurrent(state, tokenVersion)).toBe(expected);
  });
});

describe("session versions in the database", () => {
  let handle: Awaited<ReturnType<typeof createSeededDb>>;
  beforeEach(async () => {
    handle = await createSeededDb();
  });
  afterEach(() => handle.close());

  const person = (email: string) => handle.db.select().from(users).where(eq(users.email, email)).get()!;

  it("a bump refuses sessions issued before it and only for that person", () => {
    const priya = person("interviewer@levelset.test");
    const ada = person("admin@levelset.test");
    expect(readSessionState(handle.db, priya.id)).toEqual({ active: true, sessionVersion: 0 });
    expect(loadSessionUser(handle.db, { id: priya.id }, { sessionVersion: 0 })?.email).toBe("interviewer@levelset.test");

    bumpSessionVersion(handle.db, priya.id);

    expect(readSessionState(handle.db, priya.id)).toEqual({ active: true, sessionVersion: 1 });
    expect(loadSessionUser(handle.db, { id: priya.id }, { sessionVersion: 0 })).toBeNull();
    expect(loadSessionUser(handle.db, { id: priya.id }, { sessionVersion: undefined })).toBeNull();
    expect(loadSessionUser(handle.db, { id: priya.id }, { sessionVersion: 1 })?.id).toBe(priya.id);
    expect(loadSessionUser(handle.db, { id: ada.id }, { sessionVersion: 0 })?.id).toBe(ada.id);
    // Without a version (sign-in itself, identity-provider matching) the person still loads.
    expect(loadSessionUser(handle.db, { id: priya.id })?.id).toBe(priya.id);
  });

  const admin = () => loadSessionUser(handle.db, { email: "admin@levelset.test" })!;
  const edit = (id: string, change: { active?: boolean; password?: string; name?: string }) => {
    const p = handle.db.select().from(users).where(eq(users.id, id)).get()!;
    const roles = loadSessionUser(handle.db, { id })?.roles ?? ["interviewer"];
    return updatePerson(handle.db, {
      actor: admin(),
      input: { userId: id, name: change.name ?? p.name, level: p.level, roles, active: change.active ?? p.active, password: change.password ?? "" },
    });
  };

  it.each([
    ["a password reset by an admin", { password: "a-brand-new-password" }, 1],
    ["a deactivation", { active: false }, 1],
    ["a rename only", { name: "Priya N." }, 0],
  ])("%s leaves the session version at +%i", async (_label, change, expected) => {
    const priya = person("interviewer@levelset.test");
    await edit(priya.id, change);
    expect(person("interviewer@levelset.test").sessionVersion).toBe(expected);
  });

  it("reactivating does not revive a session from before the deactivation", async () => {
    const priya = person("interviewer@levelset.test");
    await edit(priya.id, { active: false });
    await edit(priya.id, { active: true });
    expect(loadSessionUser(handle.db, { id: priya.id }, { sessionVersion: 0 })).toBeNull();
    expect(isSessionCurrent(readSessionState(handle.db, priya.id), 0)).toBe(false);
  });
});
