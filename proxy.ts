import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Next 16 names this file proxy.ts: it adds the locale prefix (`/` → `/ar`, `/plans` → `/ar/plans`).
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and files with an extension (icons, fonts...).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
