import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Security headers on every response: lib/security-headers.ts (proxy.ts sends them too).

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The report render pool starts its worker threads from piscina's own files and the workers
  // load lib/reports/worker/entry.mjs from disk (docs/decisions/015-report-jobs.md): bundled,
  // piscina would look for its worker script next to the bundle.
  serverExternalPackages: ["piscina"],
  reactStrictMode: true,
  experimental: {
    // forbidden() and app/[locale]/forbidden.tsx: a signed-in reader opening an editing page they
    // may not use gets a 403 "not allowed" page rather than a false "page not found".
    authInterrupts: true,
    serverActions: {
      // The same budget as /api/v1 JSON bodies, JSON_BODY_LIMIT in lib/api/body.ts
      // (docs/decisions/031-limits-and-body-reading.md).
      bodySizeLimit: "1mb",
      // Same origin only (the default, stated): a proxy that rewrites Host must pass
      // X-Forwarded-Host, which Next.js compares with Origin.
      allowedOrigins: [],
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
