import { env } from "@/lib/env";
import { clientAddressFrom } from "./forwarded-for";

// The parsing lives in ./forwarded-for.ts (no environment there, so lib/env can use it to check
// MUTABAA_TRUSTED_PROXIES when it parses the environment).

/** The one way every caller (sign-in throttle, report-job limits) learns who is asking. */
export function clientAddress(headers: Headers): string | null {
  return clientAddressFrom(headers.get("x-forwarded-for"), env().MUTABAA_TRUSTED_PROXIES);
}
