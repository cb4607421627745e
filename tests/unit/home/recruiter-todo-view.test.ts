import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecruiterTodoList } from "@/components/home/recruiter-todo";
import type { RecruiterTodo } from "@/lib/home/load-recruiter-todo";

const failed = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, to: `p${i}@example.com`, subject: `Subject ${i}`, lastError: "550", createdAt: new Date(0) }));
const empty = { items: [], total: 0, capped: false };

/** The heading's count and the "more" line, as a person reads them. */
function render(total: number, capped: boolean) {
  const todo: RecruiterTodo = { unscheduled: empty, overdue: empty, debriefs: empty, failed: { items: failed(2), total, capped } };
  const html = renderToStaticMarkup(
    createElement(RecruiterTodoList, {
      todo,
      remindAction: () => Promise.resolve({ ok: true as const, data: { message: "" } }),
      canOpenOutbox: true,
    }),
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the to-do's totals", () => {
  it.each([
    { total: 2, capped: false, heading: "Messages that failed to send (2)", more: null },
    { total: 3, capped: false, heading: "Messages that failed to send (3)", more: "And 1 more, oldest first." },
    { total: 1200, capped: false, heading: "Messages that failed to send (1,200)", more: "And 1,198 more, oldest first." },
    { total: 500, capped: true, heading: "Messages that failed to send (500+)", more: "And over 498 more, oldest first." },
  ])("$total, capped $capped", ({ total, capped, heading, more }) => {
    const text = render(total, capped);
    expect(text).toContain(heading);
    if (more) expect(text).toContain(more);
    else expect(text).not.toContain("more, oldest first");
  });
});
