// Cross-site request forgery guard for the API's state-changing methods. Browsers send `Origin`
// with every POST/PUT/PATCH/DELETE (and `Sec-Fetch-Site` in current versions), so a change that
// comes from a page of another site is recognisable and refused. Scripts using a personal token
// send neither and are let through: a forged browser request cannot carry the token.

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The host the client addressed: the proxy's `X-Forwarded-Host`, else `Host`, else the URL's. */
function ownHost(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("host") || new URL(request.url).host).toLowerCase();
}

export function isCrossOrigin(request: Request): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return false;
  // "same-site" is a sibling subdomain: another origin, refused too.
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  // Sandboxed frames and local files send the opaque origin "null".
  if (!URL.canParse(origin)) return true;
  return new URL(origin).host.toLowerCase() !== ownHost(request);
}
