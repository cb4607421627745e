import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl, signInSchema } from "@/lib/auth/sign-in-schema";

describe("sign-in input", () => {
  it.each([
    [{ email: "", password: "x" }, "email", "Enter your email address."],
    [{ email: "not-an-email", password: "x" }, "email", "Enter a valid email address, like name@company.com."],
    [{ email: `${"a".repeat(250)}@x.io`, password: "x" }, "email", "That email address is too long (254 characters at most)."],
    [{ email: "a@b.io", password: "" }, "password", "Enter your password."],
    [{ email: "a@b.io", password: "p".repeat(201) }, "password", "That password is too long (200 characters at most)."],
    [{ password: "x" }, "email", "Enter your email address."],
  ])("%j is refused on %s", (input, field, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(message);
  });

  it("trims the email", () => {
    expect(signInSchema.parse({ email: "  a@b.io ", password: "x" }).email).toBe("a@b.io");
  });

  it.each([
    ["/roles", "/roles"],
    ["/roles?x=1", "/roles?x=1"],
    ["/roles#top", "/roles#top"],
    ["/audit?q=Published", "/audit?q=Published"],
    ["/a/../b", "/b"],
    ["https://evil.example", "/"],
    ["http:evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example/phish", "/"],
    ["\\\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/\u0000/evil.example", "/"],
    ["/.//evil.example", "/"],
    ["/%2F/evil.example", "/%2F/evil.example"],
    ["", "/"],
    ["roles", "/"],
    [`/${"a".repeat(600)}`, "/"],
    [undefined, "/"],
    [null, "/"],
    [42, "/"],
    [{ toString: () => "//evil.example" }, "/"],
  ])("callback %j → %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it("never answers with a destination that leaves the origin", () => {
    const tricky = ["/", "\\", "//", "/\t", "/\n", "@", ":", "%2f", "%5c", "evil.example", "/.", "/.."];
    for (const a of tricky)
      for (const b of tricky)
        for (const c of tricky) {
          const out = safeCallbackPath(a + b + c);
          expect(new URL(out, "https://levelset.example").origin).toBe("https://levelset.example");
          expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
        }
  });

  it.each([
    ["/roles", "https://levelset.example/roles"],
    ["https://levelset.example/audit?q=1", "https://levelset.example/audit?q=1"],
    ["https://evil.example/phish", "https://levelset.example/"],
    ["https://levelset.example.evil.example/", "https://levelset.example/"],
    ["http://levelset.example/roles", "https://levelset.example/"],
    ["//evil.example", "https://levelset.example/"],
    ["/\\evil.example", "https://levelset.example/"],
    ["https://levelset.example//evil.example", "https://levelset.example/"],
    ["not a url", "https://levelset.example/"],
  ])("next-auth redirect %j → %s", (url, expected) => {
    expect(safeRedirectUrl(url, "https://levelset.example")).toBe(expected);
  });
});
