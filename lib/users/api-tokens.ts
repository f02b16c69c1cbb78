import "server-only";
import { z } from "zod";
import { generateApiToken } from "@/lib/auth/api-tokens";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
import { getDb } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { intBetween, Text } from "@/lib/validation/fields";
import type { ApiTokenSummary } from "./dto";

// Personal API tokens (`Authorization: Bearer mtb_...`) for scripts. A token acts as its owner,
// with the owner's role, and stops working when revoked, expired or when the owner is disabled
// (lib/auth/api-tokens.ts). Only its hash is kept: the token itself is shown once, at creation.

export const MAX_TOKENS_PER_USER = 20;

export const CreateApiTokenInput = z
  .object({
    name: Text(100),
    /** Days until it expires; null never. */
    expiresInDays: intBetween(1, 3650).nullable(),
  })
  .strict();

function requireUser(viewer: Viewer): Extract<Viewer, { kind: "user" }> {
  if (viewer.kind !== "user") throw new AppError("unauthorized");
  return viewer;
}

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

function toSummary(row: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** The viewer's tokens that still work (revoked and expired ones are not worth listing). */
export async function listOwnApiTokens(viewer: Viewer): Promise<ApiTokenSummary[]> {
  const { userId } = requireUser(viewer);
  const rows = await getDb().apiToken.findMany({
    where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    select: tokenSelect,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toSummary);
}

/** Creates a token; `token` is returned this once and never stored. */
export async function createOwnApiToken(
  viewer: Viewer,
  input: unknown,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const { userId } = requireUser(viewer);
  const data = parseInput(CreateApiTokenInput, input);
  const active = await getDb().apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_TOKENS_PER_USER) throw new AppError("validation", { fields: { name: ["too_many_tokens"] } });
  const { token, prefix, tokenHash } = generateApiToken();
  const row = await getDb().apiToken.create({
    data: {
      userId,
      name: data.name,
      prefix,
      tokenHash,
      expiresAt: data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 24 * 60 * 60 * 1000) : null,
    },
    select: tokenSelect,
  });
  return { token, summary: toSummary(row) };
}

/** Revokes one of the viewer's own tokens; someone else's is "not found". */
export async function revokeOwnApiToken(viewer: Viewer, tokenId: string): Promise<void> {
  const { userId } = requireUser(viewer);
  if (!isUuid(tokenId)) throw new AppError("not_found");
  const { count } = await getDb().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found");
}
