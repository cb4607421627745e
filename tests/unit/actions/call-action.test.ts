import { notFound, redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction, withNetworkFallback, type NetworkFailure } from "@/lib/actions/call-action";

type State = ActionResult<{ n: number }>;
const idle: State = { ok: false, message: "" };
const asState = (failure: NetworkFailure): State => failure;

/** What each kind of ending of the request does: an answer passes through, a failed fetch becomes a message. */
const ENDINGS: { name: string; run: () => Promise<State>; expected: "answer" | "network" }[] = [
  { name: "a success", run: () => Promise.resolve({ ok: true, data: { n: 1 } }), expected: "answer" },
  { name: "a refusal", run: () => Promise.resolve({ ok: false, code: "invalid", message: "Fix it." }), expected: "answer" },
  { name: "a failed fetch (dropped connection)", run: () => Promise.reject(new TypeError("Failed to fetch")), expected: "network" },
  { name: "any other thrown error", run: () => Promise.reject(new Error("Connection closed.")), expected: "network" },
  { name: "an aborted request", run: () => Promise.reject(new DOMException("The operation was aborted.", "AbortError")), expected: "network" },
];

/** Control flow from the action (Next's redirect, notFound) is its answer and must reach the router. */
const CONTROL_FLOW: { name: string; run: () => Promise<State>; digest: RegExp }[] = [
  { name: "redirect()", run: () => Promise.resolve().then(() => redirect("/roles")), digest: /^NEXT_REDIRECT/ },
  { name: "notFound()", run: () => Promise.resolve().then(() => notFound()), digest: /^NEXT_HTTP_ERROR_FALLBACK;404/ },
];

function expectNetwork(result: unknown) {
  expect(result).toMatchObject({ ok: false, code: "network" });
  expect((result as NetworkFailure).message).toContain("could not be reached, so nothing was saved");
}

describe("callAction", () => {
  it.each(ENDINGS)("$name", async ({ run, expected }) => {
    const result = await callAction(run);
    if (expected === "answer") expect(result).toEqual(await run());
    else expectNetwork(result);
  });

  it.each(CONTROL_FLOW)("lets $name through", async ({ run, digest }) => {
    await expect(callAction(run)).rejects.toMatchObject({ digest: expect.stringMatching(digest) as unknown });
  });
});

describe("withNetworkFallback", () => {
  it.each(ENDINGS)("$name", async ({ run, expected }) => {
    const action = withNetworkFallback<State, string>(() => run(), asState);
    const result = await action(idle, "payload");
    if (expected === "answer") expect(result).toEqual(await run());
    else expectNetwork(result);
  });

  it.each(CONTROL_FLOW)("lets $name through", async ({ run, digest }) => {
    const action = withNetworkFallback<State, string>(() => run(), asState);
    await expect(action(idle, "payload")).rejects.toMatchObject({ digest: expect.stringMatching(digest) as unknown });
  });

  it("passes the previous state and the payload to the action and, on a failure, to onUnreachable", async () => {
    const seen: unknown[] = [];
    type Custom = { tone: string; text: string; sent: string };
    const action = withNetworkFallback<Custom, string>(
      (prev, payload) => {
        seen.push(["action", prev.text, payload]);
        return Promise.reject(new TypeError("Failed to fetch"));
      },
      (failure, prev, payload) => {
        seen.push(["unreachable", prev.text, payload]);
        return { tone: "error", text: failure.message, sent: payload };
      },
    );
    const result = await action({ tone: "idle", text: "before", sent: "" }, "typed text");
    expect(seen).toEqual([
      ["action", "before", "typed text"],
      ["unreachable", "before", "typed text"],
    ]);
    expect(result).toMatchObject({ tone: "error", sent: "typed text" });
    expect(result.text).toContain("could not be reached");
  });

  it("answers each failure with a new object, so a form's effects run again on a second failure", async () => {
    const action = withNetworkFallback<State, null>(() => Promise.reject(new TypeError("Failed to fetch")), asState);
    const first = await action(idle, null);
    const second = await action(first, null);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});
