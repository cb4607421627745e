/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel worktrees and test runs can keep separate builds.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time, never bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  experimental: {
    // forbidden() answers a page a role may not see with a real 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Headers for every response; the Content Security Policy (with a nonce per request) and HSTS
  // (only over https) come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  // `npm run check` type-checks the whole project (CI runs it first); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
