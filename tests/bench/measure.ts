import { performance } from "node:perf_hooks";

export type Measurement = { name: string; runs: number; p50: number; p95: number; max: number; queries?: number; target: number; ok: boolean };

/** Runs `fn` a few times to warm up, then `runs` times; reports milliseconds. */
export function measure(name: string, target: number, fn: () => unknown, runs = 30): Measurement {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const p95 = at(0.95);
  return { name, runs, p50: at(0.5), p95, max: times[times.length - 1] ?? 0, target, ok: p95 <= target };
}

export function report(results: Measurement[]): boolean {
  const rows = results.map((r) => ({
    check: r.name,
    "p50 ms": r.p50.toFixed(2),
    "p95 ms": r.p95.toFixed(2),
    "target p95 ms": r.target,
    "SQL statements": r.queries ?? "",
    result: r.ok ? "ok" : "TOO SLOW",
  }));
  console.table(rows);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) console.error(`\n${failed.length} check(s) missed their target: ${failed.map((f) => f.name).join(", ")}`);
  return failed.length === 0;
}
