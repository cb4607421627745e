import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInSchema } from "@/lib/auth/sign-in-schema";

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
    ["https://evil.example", "/"],
    ["//evil.example", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("callback %j → %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });
});
