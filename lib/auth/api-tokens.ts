import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Viewer } from "./viewer";

// Personal API tokens for scripts: `Authorization: Bearer mtb_...`. Only a SHA-256 hash is stored,
// so a database leak does not leak usable tokens; 32 random bytes make a slow hash unnecessary.

export const TOKEN_PREFIX = "mtb_";

export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The user behind a bearer token, or null when it is unknown, revoked, expired or its user is disabled. */
export async function viewerForApiToken(token: string): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const row = await getDb().apiToken.findFirst({
    where: {
      tokenHash: hashApiToken(token),
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      user: { disabledAt: null },
    },
    select: { id: true, lastUsedAt: true, user: { select: { id: true, role: true, memberStateId: true, name: true } } },
  });
  if (!row) return null;
  // Record use at most once a minute: a script's burst of calls should not write on every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await getDb().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: "user",
    userId: row.user.id,
    role: row.user.role,
    memberStateId: row.user.memberStateId,
    name: row.user.name,
  };
}
