/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time, never bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  experimental: {
    // forbidden() answers a page a role may not see with a real 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "6mb" },
  },
  typedRoutes: false,
};

module.exports = nextConfig;
