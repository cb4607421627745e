import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const user = { id: "u1", email: "a@example.com", name: "A", roles: ["recruiter"] };
vi.mock("@/lib/auth/guards", () => ({
  requireUser: () => Promise.resolve(user),
  hasRole: (u: typeof user, ...roles: string[]) => roles.some((r) => u.roles.includes(r)),
}));

const { formDataToObject, validatedAction, UnreadableFormError } = await import("@/lib/actions/validated-action");

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

const HOSTILE: [string, string][][] = [
  [["__proto__[]", "x"]],
  [["__proto__", "x"]],
  [["constructor[]", "x"]],
  [["constructor", "x"]],
  [["prototype[]", "x"]],
  [
    ["name", "a"],
    ["name[]", "b"],
  ],
  [
    ["name[]", "a"],
    ["name", "b"],
  ],
];

describe("formDataToObject", () => {
  const READS: { entries: [string, string][]; expected: Record<string, unknown> }[] = [
    { entries: [["name", "Ada"]] as [string, string][], expected: { name: "Ada" } },
    {
      entries: [
        ["tag[]", "a"],
        ["tag[]", "b"],
      ] as [string, string][],
      expected: { tag: ["a", "b"] },
    },
    { entries: [["toString[]", "a"]] as [string, string][], expected: { toString: ["a"] } },
    {
      entries: [
        ["hasOwnProperty[]", "a"],
        ["valueOf", "v"],
      ] as [string, string][],
      expected: { hasOwnProperty: ["a"], valueOf: "v" },
    },
    {
      entries: [
        ["$ACTION_ID_1", "x"],
        ["a", "1"],
      ] as [string, string][],
      expected: { a: "1" },
    },
  ];
  it.each(READS)("reads $entries", ({ entries, expected }) => {
    const out = formDataToObject(form(entries));
    expect({ ...out }).toEqual(expected);
    expect(Object.getPrototypeOf(out)).toBeNull();
  });

  it.each(HOSTILE.map((entries) => ({ entries })))("refuses $entries", ({ entries }: { entries: [string, string][] }) => {
    expect(() => formDataToObject(form(entries))).toThrow(UnreadableFormError);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("validatedAction with hostile names", () => {
  let calls = 0;
  const run = (input: { name: string; tags?: string[] }) => {
    calls += 1;
    return Promise.resolve(input.name);
  };
  const action = validatedAction({
    schema: z.object({ name: z.string().min(1), tags: z.array(z.string()).optional() }),
    run,
  });
  beforeEach(() => {
    calls = 0;
  });

  it.each([
    ...HOSTILE.map((entries) => ({ entries: [["name", "Ada"], ...entries] as [string, string][] })),
    {
      entries: [
        ["name", "Ada"],
        ["toString[]", "x"],
        ["toString", "y"],
      ] as [string, string][],
    },
  ])("answers invalid and runs nothing for $entries", async ({ entries }) => {
    const result = await action(undefined, form(entries));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok === false && result.message).toMatch(/nothing was saved/);
    expect(calls).toBe(0);
  });

  it("ignores harmless prototype-looking names and still runs", async () => {
    const result = await action(
      undefined,
      form([
        ["name", "Ada"],
        ["toString[]", "x"],
        ["tags[]", "t"],
      ]),
    );
    expect(result).toEqual({ ok: true, data: "Ada" });
    expect(calls).toBe(1);
  });

  it("answers invalid when the schema itself throws on odd input", async () => {
    const throwing = validatedAction({
      schema: z.string().transform(() => {
        throw new Error("boom");
      }),
      run,
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await throwing(undefined, { a: 1 });
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false });
  });
});
