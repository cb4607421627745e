import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Domain files import "server-only" to keep them out of client bundles; tests run on the server.
      "server-only": fileURLToPath(new URL("./tests/unit/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Sized for a machine several times slower than a developer's (CI machines differ): the
    // property tests and the 1 MB parser inputs take a second or two here. Speed targets live in
    // the benchmarks, never in these budgets.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
